// Small line icons for the inspector's segmented controls, drawn in the current text colour.
import type { ReactNode } from "react";

function icon(path: ReactNode): ReactNode {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {path}
    </svg>
  );
}

export const icons = {
  arrowRight: icon(<path d="M2 8h11M9 4l4 4-4 4" />),
  arrowDown: icon(<path d="M8 2v11M4 9l4 4 4-4" />),
  arrowLeft: icon(<path d="M14 8H3M7 4 3 8l4 4" />),
  arrowUp: icon(<path d="M8 14V3M4 7l4-4 4 4" />),
  alignLeft: icon(<path d="M2 3h12M2 6.5h8M2 10h12M2 13.5h8" />),
  alignCenter: icon(<path d="M2 3h12M4 6.5h8M2 10h12M4 13.5h8" />),
  alignRight: icon(<path d="M2 3h12M6 6.5h8M2 10h12M6 13.5h8" />),
  alignJustify: icon(<path d="M2 3h12M2 6.5h12M2 10h12M2 13.5h12" />),
  chevron: icon(<path d="m6 4 4 4-4 4" />),
};
