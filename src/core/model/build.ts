// Builds the GoGraph from parsed inputs: the one place where inputs meet.
import type { Diagnostic, GoModFile, GovulncheckReport, ListedModule, ListedPackage, ParsedInput, Policy, RequirementEdge, VendoredModule, WhyEntry } from '../parse/types';
import { appendAll } from '../append';
import { buildCsr, emptyCsr, reverseCsr } from './csr';
import { collectModules } from './modules';
import { buildPackageGraph } from './packages';
import type { Csr, GoGraph, InputSummary, ModuleNode, VersionEdge } from './types';

/** Builds the graph model from any mix of parsed inputs. */
export function buildGraph(inputs: ParsedInput[], diagnostics: Diagnostic[] = []): GoGraph {
  const listed: ListedModule[] = [];
  const edges: RequirementEdge[] = [];
  const packages: ListedPackage[] = [];
  const why: WhyEntry[] = [];
  const vendored: VendoredModule[] = [];
  const goMods: GoModFile[] = [];
  let withTests = false;
  let vulns: GovulncheckReport | null = null;
  let policy: Policy | null = null;
  for (const input of inputs) {
    switch (input.kind) {
      case 'go-list-m': appendAll(listed, input.modules); break;
      case 'go-mod-graph': appendAll(edges, input.edges); break;
      case 'go-list-deps': appendAll(packages, input.packages); withTests ||= input.withTests; break;
      case 'go-mod-why': appendAll(why, input.entries); break;
      case 'go-mod': goMods.push(input.goMod); break;
      case 'vendor-modules': appendAll(vendored, input.modules); break;
      case 'govulncheck': vulns = mergeVulns(vulns, input.report); break;
      case 'policy': policy = input.policy; break;
      case 'go-sum': break;
    }
  }
  const extra: Diagnostic[] = [];
  const goMod = pickGoMod(goMods, listed, edges, extra);
  const collected = collectModules({ listed, edges, packages, why, goMod, vendored });
  const { modules, index, mainIds } = collected;
  const versionEdges = toVersionEdges(edges, index);
  const requires = requirementGraph(modules, versionEdges, goMod, vendored, index);
  applyWhy(modules, why, index);
  const pkg = packages.length > 0 ? buildPackageGraph(packages, modules, index, withTests) : null;

  return {
    modules,
    mainIds,
    requires,
    requiredBy: reverseCsr(requires),
    imports: pkg?.imports ?? null,
    importsTestOnly: pkg?.importsTestOnly ?? null,
    versionEdges,
    packages: pkg?.packages ?? null,
    packageCount: pkg ? pkg.packages.length : null,
    packagesWithTests: pkg?.withTests ?? false,
    goMod,
    selectionMismatches: collected.mismatches,
    vulns,
    policy,
    inputs: inputs.map(summarize),
    diagnostics: diagnostics.concat(extra, collected.diagnostics),
  };
}

// The go.mod that belongs to the loaded project: the one whose module is a main module.
function pickGoMod(goMods: GoModFile[], listed: ListedModule[], edges: RequirementEdge[], out: Diagnostic[]): GoModFile | null {
  if (goMods.length === 0) return null;
  const mains = new Set([...listed.filter((m) => m.main).map((m) => m.path), ...edges.filter((e) => e.fromVersion === '').map((e) => e.from)]);
  const match = mains.size === 0 ? goMods[0] : goMods.find((g) => mains.has(g.module));
  if (!match) {
    out.push({ level: 'warning', source: 'go.mod', message: `go.mod declares module ${goMods[0].module}, but the other inputs are of ${[...mains].join(', ')}: go.mod ignored` });
    return null;
  }
  return match;
}

function toVersionEdges(edges: RequirementEdge[], index: Map<string, number>): VersionEdge[] {
  const seen = new Set<string>();
  const out: VersionEdge[] = [];
  for (const e of edges) {
    const key = `${e.from}@${e.fromVersion} ${e.to}@${e.toVersion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from: index.get(e.from)!, fromVersion: e.fromVersion, to: index.get(e.to)!, toVersion: e.toVersion });
  }
  return out;
}

/**
 * Module-level requirements: the edges out of each module's selected version
 * (and out of the main modules); edges out of other versions are stale (DESIGN 3).
 * Without a graph, go.mod's or vendor/modules.txt's requirements of the main module.
 */
export function requirementGraph(modules: ModuleNode[], versionEdges: VersionEdge[], goMod: GoModFile | null, vendored: VendoredModule[], index: Map<string, number>): Csr {
  const from: number[] = [];
  const to: number[] = [];
  if (versionEdges.length > 0) {
    for (const e of versionEdges) {
      const src = modules[e.from];
      if (src.main ? e.fromVersion === '' : e.fromVersion === src.version) {
        from.push(e.from);
        to.push(e.to);
      }
    }
  } else if (goMod && index.has(goMod.module)) {
    const main = index.get(goMod.module)!;
    for (const r of goMod.requires) {
      from.push(main);
      to.push(index.get(r.path)!);
    }
  } else if (vendored.length > 0) {
    const main = modules.findIndex((m) => m.main);
    if (main >= 0) for (const v of vendored.filter((x) => x.explicit)) {
      from.push(main);
      to.push(index.get(v.path)!);
    }
  }
  return from.length > 0 ? buildCsr(modules.length, from, to) : emptyCsr(modules.length);
}

function applyWhy(modules: ModuleNode[], why: WhyEntry[], index: Map<string, number>) {
  if (why.length === 0) return;
  for (const entry of why) {
    const id = index.get(entry.module);
    if (id === undefined) continue;
    modules[id].needed = entry.needed;
    modules[id].whyPackages = entry.packages;
  }
}

// govulncheck runs loaded together are one report: keep every message.
function mergeVulns(a: GovulncheckReport | null, b: GovulncheckReport): GovulncheckReport {
  if (!a) return b;
  return { config: b.config ?? a.config, sbom: b.sbom ?? a.sbom, osv: a.osv.concat(b.osv), findings: a.findings.concat(b.findings) };
}

function summarize(input: ParsedInput): InputSummary {
  const base = { kind: input.kind, source: input.source };
  switch (input.kind) {
    case 'go-list-m': return { ...base, count: input.modules.length, unit: 'modules' };
    case 'go-mod-graph': return { ...base, count: input.edges.length, unit: 'edges' };
    case 'go-list-deps': return { ...base, count: input.packages.length, unit: 'packages', withTests: input.withTests };
    case 'go-mod-why': return { ...base, count: input.entries.length, unit: 'modules' };
    case 'go-mod': return { ...base, count: input.goMod.requires.length, unit: 'requirements' };
    case 'go-sum': return { ...base, count: input.lines.length, unit: 'hashes' };
    case 'vendor-modules': return { ...base, count: input.modules.length, unit: 'modules' };
    case 'govulncheck': return { ...base, count: input.report.findings.length, unit: 'findings' };
    case 'policy': return { ...base, count: input.policy.allowedModules.length, unit: 'rules' };
  }
}
