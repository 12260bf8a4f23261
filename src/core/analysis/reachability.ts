// Transitive reach of every node at once: SCC condensation, then bitsets
// propagated from sinks to sources, a block of target nodes at a time so memory
// stays at (components x block) bits whatever the graph size.
import type { Csr } from '../model/types';
import { stronglyConnected } from './scc';

// 256 words = 8,192 target nodes per pass.
const BLOCK_WORDS = 256;

/** For every node, how many other nodes it reaches (its transitive dependencies on `requires`, dependents on `requiredBy`). */
export function reachCounts(csr: Csr): Int32Array {
  const n = csr.offsets.length - 1;
  const { component, count } = stronglyConnected(csr);
  const members = groupMembers(component, count);
  const dag = condense(csr, component, members);
  const words = Math.max(1, Math.min(BLOCK_WORDS, Math.ceil(n / 32)));
  const bits = new Uint32Array(count * words);
  const reached = new Float64Array(count);
  for (let base = 0; base < n; base += words * 32) {
    bits.fill(0);
    // Components are numbered sinks first, so successors are complete before their predecessors.
    for (let c = 0; c < count; c++) {
      const row = c * words;
      for (let k = members.offsets[c]; k < members.offsets[c + 1]; k++) {
        const bit = members.targets[k] - base;
        if (bit >= 0 && bit < words * 32) bits[row + (bit >>> 5)] |= 1 << (bit & 31);
      }
      for (let k = dag.offsets[c]; k < dag.offsets[c + 1]; k++) {
        const from = dag.targets[k] * words;
        for (let w = 0; w < words; w++) bits[row + w] |= bits[from + w];
      }
      let total = 0;
      for (let w = 0; w < words; w++) total += popcount(bits[row + w]);
      reached[c] += total;
    }
  }
  const out = new Int32Array(n);
  for (let v = 0; v < n; v++) out[v] = reached[component[v]] - 1;
  return out;
}

/** Marks the nodes reachable from the roots (roots included). */
export function reachableFrom(csr: Csr, roots: readonly number[]): Uint8Array {
  const n = csr.offsets.length - 1;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const r of roots) {
    if (seen[r]) continue;
    seen[r] = 1;
    queue[tail++] = r;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const w = csr.targets[e];
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return seen;
}

/** Ids of the marked nodes, ascending, without `except`. */
export function markedIds(marks: Uint8Array, except: number): number[] {
  const out: number[] = [];
  for (let v = 0; v < marks.length; v++) if (marks[v] && v !== except) out.push(v);
  return out;
}

// Nodes of each component, as a CSR (component -> nodes).
function groupMembers(component: Int32Array, count: number): Csr {
  const offsets = new Int32Array(count + 1);
  for (const c of component) offsets[c + 1]++;
  for (let c = 0; c < count; c++) offsets[c + 1] += offsets[c];
  const cursor = offsets.slice(0, count);
  const targets = new Int32Array(component.length);
  for (let v = 0; v < component.length; v++) targets[cursor[component[v]]++] = v;
  return { offsets, targets };
}

// The condensation DAG: distinct edges between different components.
function condense(csr: Csr, component: Int32Array, members: Csr): Csr {
  const count = members.offsets.length - 1;
  const stamp = new Int32Array(count).fill(-1);
  const offsets = new Int32Array(count + 1);
  const targets: number[] = [];
  for (let c = 0; c < count; c++) {
    for (let k = members.offsets[c]; k < members.offsets[c + 1]; k++) {
      const v = members.targets[k];
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const d = component[csr.targets[e]];
        if (d === c || stamp[d] === c) continue;
        stamp[d] = c;
        targets.push(d);
      }
    }
    offsets[c + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets) };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
