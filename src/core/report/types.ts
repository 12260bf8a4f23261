// The `gotopo.report/v1` JSON contract (docs/cli.md). Every key is always
// present, in this order; null means "unknown: the input that tells was not given".
import type { FindingKind, Severity } from '../analysis/types';
import type { InputKind } from '../parse/types';

/** The schema string of this contract; a breaking change gets a new one. */
export const REPORT_SCHEMA = 'gotopo.report/v1';

/** Everything `gotopo analyze` prints as JSON. */
export interface Report {
  schema: typeof REPORT_SCHEMA;
  /** Paths of the main modules (usually one; several in a workspace). */
  mainModules: string[];
  counts: ReportCounts;
  inputs: ReportInput[];
  /** Recommended inputs that were not given, what each would add, and the command that prints it (gotopo's own text). */
  missingInputs: ReportMissingInput[];
  /** Per analysis: true when it ran, else why it is absent and what to add. */
  analyses: Record<string, true | string>;
  /** Main modules first, then by path. */
  modules: ReportModule[];
  /** Non-main modules, most transitive dependents first (ties by path). */
  hot: ReportHot[];
  findings: ReportFinding[];
  diagnostics: ReportDiagnostic[];
}

export interface ReportCounts {
  modules: number;
  /** Module-level requirement edges (out of each module's selected version). */
  requireEdges: number;
  /** Module-level import edges; null without a package list. */
  importEdges: number | null;
  /** Non-std packages; null without a package list. */
  packages: number | null;
}

export interface ReportInput {
  kind: InputKind;
  source: string;
  count: number;
  /** What `count` counts: "modules", "edges", "packages", ... */
  unit: string;
  /** For go-list-deps: whether -test was used; null for other kinds. */
  withTests: boolean | null;
}

export interface ReportMissingInput {
  kind: InputKind;
  adds: string;
  command: string;
}

export interface ReportModule {
  path: string;
  /** Selected version; "" for main modules. */
  version: string;
  main: boolean;
  /** go.mod lists it without `// indirect`: true; with it or not at all: false; null when unknown (or a main module). */
  direct: boolean | null;
  /** Some package of it is in the package list; null without `go list -deps`. */
  used: boolean | null;
  /** Go's `go mod why -m` answer; null without that output. */
  needed: boolean | null;
  /** Every version seen for this path, ascending. */
  versions: string[];
  replace: { path: string; version: string | null } | null;
  /** The newer version `go list -m -u` offers; null when none or not asked. */
  update: { version: string; time: string | null } | null;
  /** The deprecation message; null when not deprecated or unknown. */
  deprecated: string | null;
  /** Retraction rationales of the selected version; null when not retracted or unknown. */
  retracted: string[] | null;
}

export interface ReportHot {
  path: string;
  version: string;
  directDependents: number;
  transitiveDependents: number;
  transitiveDependencies: number;
  /** Modules that would leave the graph with it (its dominator subtree), itself excluded. */
  exclusiveWeight: number;
  /** Packages of other modules importing one of its packages; null without a package list. */
  importingPackages: number | null;
}

export interface ReportFinding {
  kind: FindingKind;
  severity: Severity;
  /** Module paths involved, the subject first. */
  modules: string[];
  message: string;
  evidence: string[];
  fix: string;
  inputs: InputKind[];
  /** What the inputs cannot rule out; null when Go's own answer backs the finding. */
  caveat: string | null;
}

export interface ReportDiagnostic {
  level: 'error' | 'warning' | 'info';
  source: string;
  line: number | null;
  column: number | null;
  message: string;
}
