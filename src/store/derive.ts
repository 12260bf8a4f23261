// Facts the views show about a loaded graph, computed once per load so
// components never walk the graph themselves.
import type { Csr, GoGraph } from '../core/model/types';
import { primaryEdgeKind, primaryEdges } from '../worker/layout-input';

export const ROLE = { main: 0, direct: 1, indirect: 2 } as const;
export type Role = keyof typeof ROLE;
export const ROLE_NAMES: Role[] = ['main', 'direct', 'indirect'];

export interface Derived {
  /** Per module id: ROLE.main, ROLE.direct or ROLE.indirect. */
  roles: Uint8Array;
  /** The edges counted and laid out: requires, or imports without go mod graph. */
  edgeKind: 'requires' | 'imports' | null;
  edgeCount: number;
  mainPath: string;
  /** Modules with the direct role, by path. */
  directIds: number[];
}

export function neighbours(csr: Csr | null, id: number): number[] {
  if (!csr || id < 0 || id + 1 >= csr.offsets.length) return [];
  return Array.from(csr.targets.subarray(csr.offsets[id], csr.offsets[id + 1]));
}

/**
 * Direct = go.mod lists it without `// indirect`, or a main module requires it
 * (for a package-only load: a main module's packages import it).
 */
export function deriveRoles(graph: GoGraph): Uint8Array {
  const roles = new Uint8Array(graph.modules.length).fill(ROLE.indirect);
  const fromMain = graph.requires.targets.length > 0 ? graph.requires : graph.imports;
  for (const m of graph.modules) if (m.goMod === 'direct') roles[m.id] = ROLE.direct;
  for (const main of graph.mainIds) for (const to of neighbours(fromMain, main)) roles[to] = ROLE.direct;
  for (const main of graph.mainIds) roles[main] = ROLE.main;
  return roles;
}

export function derive(graph: GoGraph): Derived {
  const edgeKind = primaryEdgeKind(graph);
  const roles = deriveRoles(graph);
  return {
    roles,
    directIds: graph.modules.filter((m) => roles[m.id] === ROLE.direct).map((m) => m.id),
    edgeKind,
    edgeCount: primaryEdges(graph).targets.length,
    mainPath: graph.mainIds.map((id) => graph.modules[id].path).join(', '),
  };
}
