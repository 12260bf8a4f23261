// A force-directed layout for small graphs, on demand beside the layered one:
// modules pull on the modules they need, every pair pushes apart, and the
// picture shows clusters rather than depth. Springs are the transitive
// reduction's edges, as in the layered layout: at go >= 1.17 the main module
// requires every module, and springs on all of them would pull everything
// into one ring round it. All pairs repel (O(n^2) a step), so it is kept to
// graphs of up to FORCE_MAX_NODES modules; the start is a spiral in
// breadth-first order from the roots, so the result is deterministic.
import type { Csr } from '../model/types';
import { breakCycles } from './cycles';
import { transitiveReduction } from './reduction';

export interface ForceInput {
  nodeCount: number;
  /** Directed dependent -> dependency (drawn undirected). */
  edges: Csr;
  /** Main modules: the spiral starts from them. */
  roots: number[];
  /** Box width per node in px (default 120). */
  widths?: Float64Array;
  /** Box height per node in px (default 32). */
  heights?: Float64Array;
}

/** Node centres in px, from (0, 0) at the top left of the drawing's bounding box. */
export interface ForceResult {
  x: Float64Array;
  y: Float64Array;
  width: number;
  height: number;
}

/** The most modules the force layout takes: at 500, a layout took ~0.3 s in the worker here. */
export const FORCE_MAX_NODES = 500;

/** Whether the force layout takes a graph of this many nodes. */
export const forceTakes = (nodeCount: number) => nodeCount <= FORCE_MAX_NODES;

const STEPS = 300;
/** How far a node pushes, in ideal distances. */
const REACH = 4;
/** Clear space kept round every box once overlaps are removed, px. */
const MARGIN = 8;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Force-directed positions with no two boxes overlapping; deterministic. */
export function forceLayout(input: ForceInput): ForceResult {
  const n = input.nodeCount;
  const w = Float64Array.from({ length: n }, (_, v) => input.widths?.[v] ?? 120);
  const h = Float64Array.from({ length: n }, (_, v) => input.heights?.[v] ?? 32);
  const springs = springPairs(input);
  // The ideal distance between neighbours: about half a box's length (overlaps are removed after).
  const k = n > 0 ? (w.reduce((s, x) => s + x, 0) / n) * 0.5 + 20 : 0;
  const { x, y } = spiral(input, k);
  settle(x, y, springs, k);
  separate(x, y, w, h);
  return normalised(x, y, w, h);
}

/** Each undirected pair of the reduction's edges once, as [a0, b0, a1, b1, ...]. */
function springPairs({ nodeCount, edges, roots }: ForceInput): Int32Array {
  const { dag, topo } = breakCycles(nodeCount, edges, roots);
  const reduced = transitiveReduction(dag, topo);
  return Int32Array.from(reduced.offsets.length > 1 ? expand(reduced) : []);
}

function expand({ offsets, targets }: Csr): number[] {
  const out: number[] = [];
  for (let v = 0; v + 1 < offsets.length; v++) for (let e = offsets[v]; e < offsets[v + 1]; e++) out.push(v, targets[e]);
  return out;
}

/** Start positions: a sunflower spiral, the roots at its centre and the rest in breadth-first order out. */
function spiral({ nodeCount: n, edges, roots }: ForceInput, k: number): { x: Float64Array; y: Float64Array } {
  const order: number[] = [];
  const seen = new Uint8Array(n);
  const visit = (v: number) => {
    if (seen[v]) return;
    seen[v] = 1;
    order.push(v);
  };
  // order doubles as the queue: from the roots first, then from each node not reached yet.
  let next = 0;
  const drain = () => {
    for (; next < order.length; next++) {
      const v = order[next];
      for (let e = edges.offsets[v]; e < edges.offsets[v + 1]; e++) visit(edges.targets[e]);
    }
  };
  for (const r of roots) if (r >= 0 && r < n) visit(r);
  drain();
  for (let v = 0; v < n; v++) {
    visit(v);
    drain();
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  order.forEach((v, i) => {
    const r = k * 0.6 * Math.sqrt(i);
    x[v] = r * Math.cos(i * GOLDEN_ANGLE);
    y[v] = r * Math.sin(i * GOLDEN_ANGLE);
  });
  return { x, y };
}

/**
 * Fruchterman-Reingold steps with a linear cooling: k^2/d apart for pairs within REACH * k, d^2/k
 * together along springs, and a weak pull to the centre so parts that are not connected stay near.
 */
function settle(x: Float64Array, y: Float64Array, springs: Int32Array, k: number): void {
  const n = x.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const k2 = k * k;
  // Pairs further apart than this do not push (the grid variant of the method): with every pair
  // pushing, a module no spring holds was driven many cluster radii out against the pull to the centre.
  const reach2 = (REACH * k) ** 2;
  const start = k * Math.sqrt(n) * 0.5;
  for (let step = 0; step < STEPS; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        let ex = x[a] - x[b];
        let ey = y[a] - y[b];
        let d2 = ex * ex + ey * ey;
        // Two nodes on one spot: apart along a direction fixed by their ids.
        if (d2 < 1e-6) {
          ex = Math.cos(a + b);
          ey = Math.sin(a + b);
          d2 = 1;
        }
        if (d2 > reach2) continue;
        const f = k2 / d2;
        dx[a] += ex * f;
        dy[a] += ey * f;
        dx[b] -= ex * f;
        dy[b] -= ey * f;
      }
    }
    for (let s = 0; s < springs.length; s += 2) {
      const a = springs[s];
      const b = springs[s + 1];
      const ex = x[a] - x[b];
      const ey = y[a] - y[b];
      const f = Math.sqrt(ex * ex + ey * ey) / k;
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    const limit = start * (1 - step / STEPS) + 1;
    for (let v = 0; v < n; v++) {
      const gx = dx[v] - x[v] * 0.02;
      const gy = dy[v] - y[v] * 0.02;
      const len = Math.sqrt(gx * gx + gy * gy);
      if (len === 0) continue;
      const move = Math.min(len, limit) / len;
      x[v] += gx * move;
      y[v] += gy * move;
    }
  }
}

const overlapX = (x: Float64Array, w: Float64Array, a: number, b: number) => (w[a] + w[b]) / 2 + MARGIN - Math.abs(x[a] - x[b]);
const overlapY = (y: Float64Array, h: Float64Array, a: number, b: number) => (h[a] + h[b]) / 2 + MARGIN - Math.abs(y[a] - y[b]);

/** One sweep over all pairs, pushing each overlapping pair apart; whether any was moved. */
function pushApart(x: Float64Array, y: Float64Array, w: Float64Array, h: Float64Array): boolean {
  const n = x.length;
  let moved = false;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const ox = overlapX(x, w, a, b);
      const oy = overlapY(y, h, a, b);
      if (ox <= 0 || oy <= 0) continue;
      moved = true;
      // Along the axis of least overlap, half each; a tie or one centre, by the ids, so the result is fixed.
      if (ox / (w[a] + w[b]) < oy / (h[a] + h[b])) {
        const sign = x[a] < x[b] || (x[a] === x[b] && a < b) ? -1 : 1;
        x[a] += (sign * ox) / 2;
        x[b] -= (sign * ox) / 2;
      } else {
        const sign = y[a] < y[b] || (y[a] === y[b] && a < b) ? -1 : 1;
        y[a] += (sign * oy) / 2;
        y[b] -= (sign * oy) / 2;
      }
    }
  }
  return moved;
}

const spread = (x: Float64Array, y: Float64Array, by: number) => {
  for (let v = 0; v < x.length; v++) {
    x[v] *= by;
    y[v] *= by;
  }
};

/**
 * Removes every overlap: sweeps of pushes, and where they do not settle, the drawing spread out a
 * little and swept again. A sweep leaves no two centres on one spot, and spreading parts all distinct
 * centres, so the last loop ends with no overlap whatever the sweeps left.
 */
function separate(x: Float64Array, y: Float64Array, w: Float64Array, h: Float64Array): void {
  for (let round = 0; round < 20; round++) {
    for (let sweep = 0; sweep < 100; sweep++) if (!pushApart(x, y, w, h)) return;
    spread(x, y, 1.1);
  }
  while (pushApart(x, y, w, h)) spread(x, y, 1.25);
}

function normalised(x: Float64Array, y: Float64Array, w: Float64Array, h: Float64Array): ForceResult {
  const n = x.length;
  if (n === 0) return { x, y, width: 0, height: 0 };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let v = 0; v < n; v++) {
    x1 = Math.min(x1, x[v] - w[v] / 2);
    x2 = Math.max(x2, x[v] + w[v] / 2);
    y1 = Math.min(y1, y[v] - h[v] / 2);
    y2 = Math.max(y2, y[v] + h[v] / 2);
  }
  for (let v = 0; v < n; v++) {
    x[v] -= x1;
    y[v] -= y1;
  }
  return { x, y, width: x2 - x1, height: y2 - y1 };
}
