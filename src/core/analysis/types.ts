// What the analyses hand to the store, the views, the exporters and the CLI.
// Plain data only (structured-cloneable); module references are module ids.
import type { InputKind } from '../parse/types';

/** Metrics of one module over one graph (requirements or imports), counted in modules. */
export interface GraphMetrics {
  /** Modules with an edge to it. */
  directDependents: number;
  /** Modules from which it can be reached (itself excluded). */
  transitiveDependents: number;
  /** Modules reachable from it (itself excluded). */
  transitiveDependencies: number;
  /** Modules that would leave the graph with it: its dominator subtree from the main modules, itself excluded. */
  exclusiveWeight: number;
  /** Those modules' ids, in dominator-tree preorder. */
  exclusiveModules: number[];
}

/** Per-module "hot base library" metrics; index = module id. */
export interface HotMetrics extends GraphMetrics {
  id: number;
  /** Distinct packages of other modules importing one of its packages (test variants folded); null without packages. */
  importingPackages: number | null;
  /** The same metrics over the import graph (code that really builds); null without packages. */
  imports: GraphMetrics | null;
}

/** Why a module is in the graph, as `go mod why -m` would answer, and who leans on it. */
export interface WhyResult {
  id: number;
  /** Shortest requirement path, module ids from a main module to this one; null when unreachable. */
  requirementPath: number[] | null;
  /**
   * Shortest import path, package import paths from a main-module package to a package of
   * this module, written as Go writes it (`X.test` = the test of X); null without packages or when none.
   */
  importPath: string[] | null;
  /** Distinct simple requirement paths from the main modules, at most `cap`. */
  pathCount: number;
  /** True when there are more paths than `pathCount` (or counting gave up). */
  pathCountCapped: boolean;
  /** Modules that require it directly. */
  directDependents: number[];
  /** Every module from which it can be reached (itself excluded), ascending ids. */
  dependents: number[];
}

export type FindingKind =
  | 'unused-requirement'
  | 'should-be-direct'
  | 'should-be-indirect'
  | 'missing-requirement'
  | 'graph-only'
  | 'test-of-dependency-only'
  | 'version-skew'
  | 'duplicate-major'
  | 'overlapping-libraries'
  | 'deprecated'
  | 'retracted'
  | 'outdated'
  | 'local-replace'
  | 'vulnerable'
  | 'policy-violation';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Module paths involved, the subject first. */
  modules: string[];
  /** One line. */
  message: string;
  /** The facts from the inputs that support it, one per line. */
  evidence: string[];
  /** The command (or edit) that fixes it. */
  fix: string;
  /** The inputs the finding relies on. */
  inputs: InputKind[];
  /** What the inputs cannot rule out (one platform/tag set, ...); absent when Go's own answer backs it. */
  caveat?: string;
}

/** Everything `analyze` computes for one graph. */
export interface Analysis {
  /** Index = module id. */
  hot: HotMetrics[];
  findings: Finding[];
  /** Per analysis (a FindingKind, 'hot', 'exclusive-weight', 'import-metrics'): true when it ran, else why it is absent and what to add. */
  available: Record<string, boolean | string>;
}
