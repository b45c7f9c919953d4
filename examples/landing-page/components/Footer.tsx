const year = new Date().getFullYear();

export default function Footer() {
  return (
    <footer className="border-t border-slate-200 px-6 py-10">
      <div className="mx-auto flex max-w-6xl flex-col items-center justify-between gap-4 text-sm text-slate-500 md:flex-row">
        <p>&copy; {year} Lumen Labs. All rights reserved.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-6">
            <li>
              <a href="/privacy" className="hover:text-brand-600">
                Privacy
              </a>
            </li>
            <li>
              <a href="/terms" className="hover:text-brand-600">
                Terms
              </a>
            </li>
            <li>
              <a href="https://github.com" className="hover:text-brand-600">
                GitHub
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
