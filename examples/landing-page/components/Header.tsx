import Link from "next/link";

export interface NavLink {
  label: string;
  href: string;
}

const links: NavLink[] = [
  { label: "Features", href: "#features" },
  { label: "Pricing", href: "#pricing" },
  { label: "Newsletter", href: "#signup" },
];

export default function Header() {
  return (
    <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur">
      <nav className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4">
        <Link href="/" className="flex items-center gap-2">
          <img src="/logo.svg" alt="Lumen logo" width={32} height={32} />
          <span className="font-display text-lg font-semibold text-slate-900">Lumen</span>
        </Link>
        <ul className="hidden gap-8 text-sm font-medium text-slate-600 md:flex">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="transition-colors hover:text-brand-600">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        <a
          href="#pricing"
          className="rounded-lg bg-brand-500 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600"
        >
          Get started
        </a>
      </nav>
    </header>
  );
}
