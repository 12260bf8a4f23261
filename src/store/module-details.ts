// Everything the module details panel shows about one module, gathered from
// the model so the panel only renders.
import type { GoGraph, ModuleNode } from '../core/model/types';
import { neighbours } from './derive';

export interface VersionSeen {
  version: string;
  selected: boolean;
  /** Who requires this version, as `go mod graph` printed it. */
  requiredBy: { id: number; fromVersion: string }[];
}

export interface ModuleDetails {
  module: ModuleNode;
  versions: VersionSeen[];
  dependencies: number[];
  dependents: number[];
  /** Import edges (packages); null without go list -deps. */
  imports: number[] | null;
  importedBy: number[] | null;
}

const byPath = (graph: GoGraph) => (a: number, b: number) =>
  graph.modules[a].path < graph.modules[b].path ? -1 : 1;

function importedBy(graph: GoGraph, id: number): number[] | null {
  const imp = graph.imports;
  if (!imp) return null;
  const out: number[] = [];
  for (let from = 0; from + 1 < imp.offsets.length; from++) {
    for (let e = imp.offsets[from]; e < imp.offsets[from + 1]; e++) if (imp.targets[e] === id) out.push(from);
  }
  return out;
}

export function moduleDetails(graph: GoGraph, id: number): ModuleDetails | null {
  const module = graph.modules[id];
  if (!module) return null;
  const byVersion = new Map<string, VersionSeen['requiredBy']>(module.versions.map((v) => [v, []]));
  for (const e of graph.versionEdges) {
    if (e.to !== id) continue;
    const list = byVersion.get(e.toVersion) ?? [];
    list.push({ id: e.from, fromVersion: e.fromVersion });
    byVersion.set(e.toVersion, list);
  }
  const versions = [...byVersion].map(([version, requiredBy]) => ({
    version,
    selected: version === module.version,
    requiredBy,
  }));
  const sort = byPath(graph);
  return {
    module,
    versions,
    dependencies: neighbours(graph.requires, id).sort(sort),
    dependents: neighbours(graph.requiredBy, id).sort(sort),
    imports: graph.imports ? neighbours(graph.imports, id).sort(sort) : null,
    importedBy: importedBy(graph, id)?.sort(sort) ?? null,
  };
}
