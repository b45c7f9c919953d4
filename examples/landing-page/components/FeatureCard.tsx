export interface FeatureCardProps {
  title: string;
  description: string;
  icon?: string;
}

export function FeatureCard({ title, description, icon = "✦" }: FeatureCardProps) {
  return (
    <article className="rounded-2xl border border-slate-200 p-6 transition-shadow hover:shadow-lg">
      <div
        className="flex h-12 w-12 items-center justify-center rounded-xl bg-brand-100 text-2xl text-brand-700"
        aria-hidden="true"
      >
        {icon}
      </div>
      <h3 className="mt-4 text-lg font-semibold text-slate-900">{title}</h3>
      <p className="mt-2 text-slate-600">{description}</p>
    </article>
  );
}

export default FeatureCard;
