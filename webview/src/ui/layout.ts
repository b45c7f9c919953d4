// How the canvas fits the space it gets: a browser window, or a VS Code panel beside the editor,
// often half a screen or less. The side panels make way for the stage when space is short.

export interface PanelsShown {
  layers: boolean;
  inspector: boolean;
}

const WIDE = 1100;
const NARROW = 600;
const FRAME_GAP = 48;

/** Which side panels start open: both on a wide page, the inspector alone on a narrow one, none on a very narrow one. */
export function initialPanels(pageWidth: number): PanelsShown {
  return { layers: pageWidth >= WIDE, inspector: pageWidth >= NARROW };
}

/** The widths of the page's grid columns: layers, stage, inspector (narrower on a narrow page). */
export function panelWidths(pageWidth: number, shown: PanelsShown): { layers: number; inspector: number } {
  return { layers: shown.layers ? 240 : 0, inspector: shown.inspector ? (pageWidth >= WIDE ? 280 : 240) : 0 };
}

/** The CSS grid-template-columns for the panels shown. */
export function gridColumns(pageWidth: number, shown: PanelsShown): string {
  const widths = panelWidths(pageWidth, shown);
  return [widths.layers ? `${widths.layers}px` : "", "minmax(0, 1fr)", widths.inspector ? `${widths.inspector}px` : ""].filter(Boolean).join(" ");
}

/** The first zoom: the first frame whole within the stage, and never above 50 %. */
export function fitZoom(pageWidth: number, shown: PanelsShown, firstFrameWidth: number): number {
  const widths = panelWidths(pageWidth, shown);
  const stage = pageWidth - widths.layers - widths.inspector - 2 * FRAME_GAP;
  const zoom = Math.min(0.5, stage / firstFrameWidth);
  return Math.max(0.1, Math.floor(zoom * 100) / 100);
}
