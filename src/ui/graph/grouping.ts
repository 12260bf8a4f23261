// Modules grouped by owner (github.com/org, golang.org/x, k8s.io): each
// group is one node until opened, then a compound box holding its modules in
// a grid. Groups are laid out as units with the core's layered layout, so
// open boxes never overlap; edges between hidden modules merge into one.
import type { ElementDefinition } from 'cytoscape';
import { layeredLayout } from '../../core/layout';
import { buildCsr } from '../../core/model/csr';
import { ownerOf } from '../../core/model/owner';
import type { GoGraph } from '../../core/model/types';
import type { Derived } from '../../store/derive';
import type { LayoutDirection } from '../../worker/client';
import { nodeWidth, primaryEdges } from '../../worker/layout-input';
import { moduleNode, sceneEdges } from './scene-elements';
import { formatCount } from '../../core/format-count';

export const groupId = (owner: string) => `g:${owner}`;
export const ownerOfGroup = (cyId: string) => cyId.slice(2);

const ROW = 32 + 14;
const COL_GAP = 16;
const PAD = 20;
const HEADER = 26;
const COLLAPSED_HEIGHT = 46;

interface Unit {
  owner: string | null;
  members: number[];
}

/** Units to lay out: one per owner with two or more modules, one per other module. */
export function groupUnits(graph: GoGraph): { units: Unit[]; unitOf: Int32Array } {
  const byOwner = new Map<string, number[]>();
  for (const m of graph.modules) {
    if (m.main) continue;
    const owner = ownerOf(m.path);
    const list = byOwner.get(owner);
    if (list) list.push(m.id);
    else byOwner.set(owner, [m.id]);
  }
  const units: Unit[] = graph.mainIds.map((id) => ({ owner: null, members: [id] }));
  for (const [owner, members] of [...byOwner].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (members.length === 1) units.push({ owner: null, members });
    else units.push({ owner, members: members.sort((a, b) => (graph.modules[a].path < graph.modules[b].path ? -1 : 1)) });
  }
  const unitOf = new Int32Array(graph.modules.length);
  units.forEach((u, i) => u.members.forEach((m) => (unitOf[m] = i)));
  return { units, unitOf };
}

function grid(graph: GoGraph, members: number[]) {
  const cell = members.reduce((most, m) => Math.max(most, nodeWidth(graph.modules[m].path)), 0) + COL_GAP;
  // Aim at a box about twice as wide as tall.
  const cols = Math.max(1, Math.min(members.length, Math.round(Math.sqrt((2 * members.length * ROW) / cell))));
  const rows = Math.ceil(members.length / cols);
  return { cell, cols, width: cols * cell - COL_GAP + 2 * PAD, height: rows * ROW + HEADER + PAD };
}

const collapsedLabel = (owner: string, count: number) => `${owner}\n${formatCount(count)} modules`;

/** Elements of the grouped view; `expanded` names the open groups. */
export function groupedElements(
  graph: GoGraph,
  derived: Derived,
  expanded: ReadonlySet<string>,
  direction: LayoutDirection,
  maxAspect: number,
): ElementDefinition[] {
  const { units, unitOf } = groupUnits(graph);
  const open = (u: Unit) => u.owner !== null && expanded.has(u.owner);
  const widths = new Float64Array(units.length);
  const heights = new Float64Array(units.length);
  units.forEach((u, i) => {
    if (u.owner === null) widths[i] = nodeWidth(graph.modules[u.members[0]].path);
    else if (!open(u)) widths[i] = nodeWidth(u.owner) + 24;
    else widths[i] = grid(graph, u.members).width;
    heights[i] = u.owner === null ? 32 : open(u) ? grid(graph, u.members).height : COLLAPSED_HEIGHT;
  });
  const csr = primaryEdges(graph);
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v + 1 < csr.offsets.length; v++) {
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      if (unitOf[v] === unitOf[csr.targets[e]]) continue;
      from.push(unitOf[v]);
      to.push(unitOf[csr.targets[e]]);
    }
  }
  const roots = graph.mainIds.map((id) => unitOf[id]);
  const edges = buildCsr(units.length, from, to);
  const layered = layeredLayout({ nodeCount: units.length, edges, roots, widths, heights, direction, maxAspect });
  // Owners depend on each other both ways, so layers make a tall column: pack
  // the units into rows of the screen's shape instead, in layer order.
  const layout = packRows(layered, widths, heights, maxAspect);

  const out: ElementDefinition[] = [];
  const visible = new Array<string>(graph.modules.length);
  units.forEach((u, i) => {
    const cx = layout.x[i];
    const cy = layout.y[i];
    if (u.owner === null) {
      visible[u.members[0]] = moduleNode(graph, derived, u.members[0], { x: cx, y: cy }, out);
      return;
    }
    const id = groupId(u.owner);
    if (!open(u)) {
      out.push({ group: 'nodes', data: { id, label: collapsedLabel(u.owner, u.members.length), w: widths[i], h: COLLAPSED_HEIGHT }, position: { x: cx, y: cy }, classes: 'group' });
      for (const m of u.members) visible[m] = id;
      return;
    }
    const g = grid(graph, u.members);
    out.push({ group: 'nodes', data: { id, label: `${u.owner} (${u.members.length})`, w: g.width, h: g.height }, classes: 'group open' });
    const left = cx - g.width / 2 + PAD - COL_GAP / 2;
    const top = cy - g.height / 2 + HEADER + ROW / 2;
    u.members.forEach((m, k) => {
      const pos = { x: left + (k % g.cols) * g.cell + g.cell / 2, y: top + Math.floor(k / g.cols) * ROW };
      visible[m] = moduleNode(graph, derived, m, pos, out, id);
    });
  });
  sceneEdges(csr, derived, (v) => visible[v], out);
  return out;
}

const GAP = 28;

/** Units in rows to the given aspect, dependents first (layer, then position in it). */
export function packRows(order: { layer: Int32Array; x: Float64Array; y: Float64Array }, widths: Float64Array, heights: Float64Array, aspect: number) {
  const n = widths.length;
  const ids = Array.from({ length: n }, (_, i) => i).sort((a, b) => order.layer[a] - order.layer[b] || order.x[a] - order.x[b] || order.y[a] - order.y[b]);
  let area = 0;
  let widest = 0;
  for (let i = 0; i < n; i++) {
    area += (widths[i] + GAP) * (heights[i] + GAP);
    widest = Math.max(widest, widths[i]);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect) * 1.1);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let cursor = 0;
  let top = 0;
  let tallest = 0;
  for (const i of ids) {
    if (cursor > 0 && cursor + widths[i] > rowWidth) {
      top += tallest + GAP;
      cursor = 0;
      tallest = 0;
    }
    x[i] = cursor + widths[i] / 2;
    y[i] = top + heights[i] / 2;
    cursor += widths[i] + GAP;
    tallest = Math.max(tallest, heights[i]);
  }
  return { x, y };
}
