// GoGraph + Analysis -> the `gotopo.report/v1` JSON report. Objects are built
// key by key in the documented order, so the JSON is stable across runs.
import { rankHot, type Analysis, type Finding } from '../analysis';
import { missingInputs } from '../model/advice';
import type { GoGraph, GoModListing, ModuleNode } from '../model/types';
import type { Diagnostic } from '../parse/types';
import { REPORT_SCHEMA, type Report, type ReportDiagnostic, type ReportFinding, type ReportHot, type ReportModule } from './types';

/** The versioned report of one load. */
export function buildReport(graph: GoGraph, analysis: Analysis): Report {
  const analyses: Report['analyses'] = {};
  for (const [kind, ready] of Object.entries(analysis.available)) analyses[kind] = ready === false ? 'not run' : ready;
  return {
    schema: REPORT_SCHEMA,
    mainModules: graph.mainIds.map((id) => graph.modules[id].path),
    counts: {
      modules: graph.modules.length,
      requireEdges: graph.requires.targets.length,
      importEdges: graph.imports ? graph.imports.targets.length : null,
      packages: graph.packageCount,
    },
    inputs: graph.inputs.map((i) => ({ kind: i.kind, source: i.source, count: i.count, unit: i.unit, withTests: i.withTests ?? null })),
    missingInputs: missingInputs(graph).map((a) => ({ kind: a.kind, adds: a.adds, command: a.command })),
    analyses,
    modules: graph.modules.map(reportModule),
    hot: rankHot(analysis.hot, 'transitiveDependents', graph.mainIds).map((h): ReportHot => {
      const m = graph.modules[h.id];
      return {
        path: m.path,
        version: m.version,
        directDependents: h.directDependents,
        transitiveDependents: h.transitiveDependents,
        transitiveDependencies: h.transitiveDependencies,
        exclusiveWeight: h.exclusiveWeight,
        importingPackages: h.importingPackages,
      };
    }),
    findings: analysis.findings.map(toReportFinding),
    diagnostics: graph.diagnostics.map(reportDiagnostic),
  };
}

const DIRECT: Record<Exclude<GoModListing, null>, boolean> = { direct: true, indirect: false, absent: false };

function reportModule(m: ModuleNode): ReportModule {
  return {
    path: m.path,
    version: m.version,
    main: m.main,
    direct: m.goMod === null ? null : DIRECT[m.goMod],
    used: m.used,
    needed: m.needed,
    versions: [...m.versions],
    replace: m.replace ? { path: m.replace.path, version: m.replace.version ?? null } : null,
    update: m.update ? { version: m.update.version, time: m.update.time ?? null } : null,
    deprecated: m.deprecated ?? null,
    retracted: m.retracted ? [...m.retracted] : null,
  };
}

/** A finding as the report writes it (every key present, `caveat` null when absent). */
export function toReportFinding(f: Finding): ReportFinding {
  return {
    kind: f.kind,
    severity: f.severity,
    modules: [...f.modules],
    message: f.message,
    evidence: [...f.evidence],
    fix: f.fix,
    inputs: [...f.inputs],
    caveat: f.caveat ?? null,
  };
}

function reportDiagnostic(d: Diagnostic): ReportDiagnostic {
  return { level: d.level, source: d.source, line: d.line ?? null, column: d.column ?? null, message: d.message };
}
