interface Plan {
  name: string;
  price: number;
  description: string;
  perks: string[];
  highlighted?: boolean;
}

const plans: Plan[] = [
  {
    name: "Starter",
    price: 0,
    description: "For side projects and tiny teams.",
    perks: ["Up to 5 members", "Unlimited tasks", "Community support"],
  },
  {
    name: "Team",
    price: 12,
    description: "For growing teams shipping every week.",
    perks: ["Unlimited members", "Roadmaps & releases", "Priority support"],
    highlighted: true,
  },
  {
    name: "Business",
    price: 29,
    description: "For companies with advanced needs.",
    perks: ["SSO & audit log", "Custom workflows", "Dedicated manager"],
  },
];

export default function Pricing() {
  return (
    <section id="pricing" className="px-6 py-20">
      <div className="mx-auto max-w-6xl">
        <h2 className="text-center font-display text-3xl font-bold text-slate-900 md:text-4xl">
          Simple, honest pricing
        </h2>
        <div className="mt-12 grid gap-6 md:grid-cols-3">
          {plans.map(({ name, price, description, perks, highlighted }) => (
            <article
              key={name}
              className={
                highlighted
                  ? "relative rounded-2xl border-2 border-brand-500 p-8 shadow-xl"
                  : "relative rounded-2xl border border-slate-200 p-8"
              }
            >
              {highlighted && (
                <span className="absolute -top-3 left-8 rounded-full bg-brand-500 px-3 py-1 text-xs font-semibold text-white">
                  Most popular
                </span>
              )}
              <h3 className="text-lg font-semibold text-slate-900">{name}</h3>
              <p className="mt-2 text-sm text-slate-600">{description}</p>
              <p className="mt-6">
                <span className="text-4xl font-bold text-slate-900">
                  {price === 0 ? "Free" : `$${price}`}
                </span>
                {price > 0 && <span className="text-slate-500"> / user / month</span>}
              </p>
              <ul className="mt-6 space-y-2 text-sm text-slate-700">
                {perks.map((perk) => (
                  <li key={perk} className="flex gap-2">
                    <span className="text-brand-600">✓</span>
                    {perk}
                  </li>
                ))}
              </ul>
              <a
                href="#signup"
                className={`mt-8 block rounded-lg px-4 py-2 text-center font-semibold ${
                  highlighted
                    ? "bg-brand-500 text-white hover:bg-brand-600"
                    : "bg-slate-100 text-slate-900 hover:bg-slate-200"
                }`}
              >
                {highlighted ? "Start free trial" : "Choose plan"}
              </a>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
