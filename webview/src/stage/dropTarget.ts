// Where a dragged element (or a new one from the palette) would land: inside an empty container,
// or before/after the element under the pointer along its parent's main axis.

export interface DropTarget {
  /** The element the new child goes into. */
  parentId: string;
  /** Its element-child index (counted without the dragged element when it moves within the same parent). */
  index: number;
  /** Where to draw the indicator (in the stage document's coordinates). */
  line: { x: number; y: number; width: number; height: number };
}

export interface DropCandidate {
  id: string;
  rect: { left: number; top: number; width: number; height: number };
  /** Whether it can hold children and has none yet (an empty div, section …). */
  emptyContainer: boolean;
  parentId: string | null;
  /** Its index among its parent's element children. */
  index: number;
  /** The parent's main axis: children side by side (row) or stacked (column). */
  parentAxis: "row" | "column";
}

/** The drop target for a pointer over <paramref name="candidate"/>; null when it has no parent to drop into. */
export function dropTargetFor(candidate: DropCandidate, x: number, y: number, dragged?: { id: string; parentId: string | null; index: number }): DropTarget | null {
  const { rect } = candidate;
  if (candidate.emptyContainer) {
    const inner = { left: rect.left + rect.width * 0.2, right: rect.left + rect.width * 0.8, top: rect.top + rect.height * 0.2, bottom: rect.top + rect.height * 0.8 };
    if (x >= inner.left && x <= inner.right && y >= inner.top && y <= inner.bottom)
      return { parentId: candidate.id, index: 0, line: { x: rect.left + 4, y: rect.top + rect.height / 2, width: Math.max(rect.width - 8, 2), height: 2 } };
  }
  if (candidate.parentId === null) return null;
  const after = candidate.parentAxis === "row" ? x > rect.left + rect.width / 2 : y > rect.top + rect.height / 2;
  let index = candidate.index + (after ? 1 : 0);
  if (dragged && dragged.parentId === candidate.parentId && dragged.index < index) index--;
  const line =
    candidate.parentAxis === "row"
      ? { x: after ? rect.left + rect.width : rect.left, y: rect.top, width: 2, height: rect.height }
      : { x: rect.left, y: after ? rect.top + rect.height : rect.top, width: rect.width, height: 2 };
  return { parentId: candidate.parentId, index, line };
}
