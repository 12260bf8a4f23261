// Orders a big flat scene so that what its first view shows goes in first:
// the sliced add (sliced-add.ts) then completes the picture on screen after
// a part of the slices, and the rest of the graph arrives off screen. A Go
// module graph's first view holds the main module, whose requirement fan
// reaches every module, so the part is all nodes but only the edges drawn
// across the view (under half of them at 1,000 modules).
import type { EdgeDefinition, ElementDefinition, NodeDefinition } from 'cytoscape';
import { NODE_HEIGHT } from './cy-style';

/** A rectangle in model coordinates, as cy.extent() gives the viewport. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ViewOrder {
  elements: ElementDefinition[];
  /** How many of the first elements the view needs: nodes in it, edges crossing it, and their endpoints. */
  inView: number;
}

interface Box {
  x: number;
  y: number;
  halfWidth: number;
}

const boxOf = (n: NodeDefinition): Box => ({ x: n.position?.x ?? 0, y: n.position?.y ?? 0, halfWidth: Number(n.data.w ?? 0) / 2 });

const boxInView = (b: Box, v: Extent) =>
  b.x + b.halfWidth >= v.x1 && b.x - b.halfWidth <= v.x2 && b.y + NODE_HEIGHT / 2 >= v.y1 && b.y - NODE_HEIGHT / 2 <= v.y2;

/** Whether the segment a-b meets the rectangle (Liang-Barsky clipping). */
export function segmentMeets(a: { x: number; y: number }, b: { x: number; y: number }, v: Extent): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-dx, a.x - v.x1],
    [dx, v.x2 - a.x],
    [-dy, a.y - v.y1],
    [dy, v.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

/**
 * The scene's elements with what `view` shows first: the nodes in it, the off-view ends of the edges
 * across it, those edges, then the rest (nodes before edges); each group keeps the input order.
 */
export function viewFirst(elements: ElementDefinition[], view: Extent): ViewOrder {
  const boxes = new Map<string, Box>();
  for (const e of elements) if (e.group === 'nodes') boxes.set(String(e.data.id), boxOf(e as NodeDefinition));
  const inside = new Set<string>();
  for (const [id, box] of boxes) if (boxInView(box, view)) inside.add(id);
  const ends = new Set<string>();
  const crossing = new Set<ElementDefinition>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const { source, target } = (e as EdgeDefinition).data;
    const a = boxes.get(source);
    const b = boxes.get(target);
    if (!a || !b || !segmentMeets(a, b, view)) continue;
    crossing.add(e);
    for (const end of [source, target]) if (!inside.has(end)) ends.add(end);
  }
  const first: ElementDefinition[] = [];
  const offView: ElementDefinition[] = [];
  const rest: ElementDefinition[] = [];
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const id = String(e.data.id);
    (inside.has(id) ? first : ends.has(id) ? offView : rest).push(e);
  }
  first.push(...offView, ...crossing);
  for (const e of elements) if (e.group === 'edges' && !crossing.has(e)) rest.push(e);
  return { elements: [...first, ...rest], inView: first.length };
}
