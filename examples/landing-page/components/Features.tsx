import { FeatureCard, type FeatureCardProps } from "./FeatureCard";

// Edit this list to add or reorder features on the page.
const features: FeatureCardProps[] = [
  {
    title: "Roadmaps that stay current",
    description: "Link every task to a goal and watch the roadmap update itself.",
    icon: "⚑",
  },
  {
    title: "Releases in one click",
    description: "Bundle finished work into a release note and share it with customers.",
    icon: "➤",
  },
  {
    title: "Quiet notifications",
    description: "Get a daily digest instead of a hundred pings. Mentions still arrive instantly.",
    icon: "✉",
  },
  {
    title: "Works where you work",
    description: "Connect GitHub, Slack & Figma in minutes, no admin required.",
  },
];

export default function Features() {
  return (
    <section id="features" className="bg-slate-50 px-6 py-20">
      <div className="mx-auto max-w-6xl">
        <h2 className="text-center font-display text-3xl font-bold text-slate-900 md:text-4xl">
          Everything your team needs
        </h2>
        <p className="mx-auto mt-4 max-w-2xl text-center text-slate-600">
          Simple tools that fit together, so you don&apos;t have to glue five apps into one.
        </p>
        <div className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <FeatureCard key={feature.title} {...feature} />
          ))}
        </div>
      </div>
    </section>
  );
}
