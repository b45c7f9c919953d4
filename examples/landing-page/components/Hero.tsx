import Image from "next/image";

export default function Hero() {
  return (
    <section className="mx-auto flex max-w-6xl flex-col items-center gap-12 px-6 py-20 md:flex-row md:py-28">
      <div className="flex-1 text-center md:text-left">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">
          New: team workspaces
        </p>
        <h1 className="mt-4 font-display text-4xl font-bold leading-tight text-slate-900 md:text-6xl">
          Plan, build &amp; ship without the busywork
        </h1>
        <p className="mt-6 text-lg text-slate-600">
          Lumen keeps your roadmap, tasks and releases in one calm place, so your team
          can focus on the work that matters. It&apos;s free for teams of up to five.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:justify-center md:justify-start">
          <a
            href="#signup"
            className="rounded-lg bg-brand-500 px-6 py-3 font-semibold text-white shadow-sm hover:bg-brand-600"
          >
            Start for free
          </a>
          <a
            href="#features"
            className="rounded-lg border border-slate-300 px-6 py-3 font-semibold text-slate-700 hover:border-brand-500 hover:text-brand-600"
          >
            See how it works
          </a>
        </div>
      </div>
      <div className="flex-1">
        {/* Plain SVG illustration; next/image serves it unoptimized. */}
        <Image
          src="/hero.svg"
          alt="Illustration of a task board with three columns of cards"
          width={560}
          height={420}
          priority
          className="h-auto w-full"
        />
      </div>
    </section>
  );
}
