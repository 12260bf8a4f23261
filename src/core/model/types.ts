// The graph model: built once per load (in the worker), then handed to the
// store and every analysis as plain, structured-cloneable data.
import type { Diagnostic, GoModFile, GovulncheckReport, InputKind, Policy } from '../parse/types';

/** Compressed sparse rows: the neighbours of node i are targets[offsets[i] .. offsets[i+1]). */
export interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
  /** Per-edge weight where the edge kind has one (imports: package import pairs). */
  weights?: Int32Array;
}

/** How go.mod lists a module: 'direct', 'indirect' (`// indirect`), 'absent', or null when unknown. */
export type GoModListing = 'direct' | 'indirect' | 'absent' | null;

export interface ModuleNode {
  id: number;
  path: string;
  /** Selected version (MVS); "" for main modules. */
  version: string;
  main: boolean;
  /** Every version seen for this path (graph nodes, go list -m, go.mod, go.sum), ascending. */
  versions: string[];
  /** How the main go.mod lists it; see GO-FORMATS 5 for what each input can tell. */
  goMod: GoModListing;
  /** `Indirect` as printed by go list -m (true also for modules absent from go.mod). */
  listIndirect?: boolean;
  /** The version go list -m printed, kept for the MVS cross-check. */
  listedVersion?: string;
  replace?: { path: string; version?: string };
  goVersion?: string;
  time?: string;
  update?: { version: string; time?: string };
  deprecated?: string;
  retracted?: string[];
  error?: string;
  /** Non-test packages of this module in the loaded package list (0 without packages). */
  packageCount: number;
  /** Some package of it is in the loaded package list; null when no packages were loaded. */
  used: boolean | null;
  /** Go's `go mod why -m` answer; null when that output was not given. */
  needed: boolean | null;
  /** The `go mod why -m` package path (empty when not needed or unknown). */
  whyPackages: string[];
  /**
   * Some loaded dependency package lists a package of this module in its
   * TestImports/XTestImports (a test-of-dependency candidate, GO-FORMATS 5e); null without packages.
   */
  testImportedByDeps: boolean | null;
  /** Up to TEST_IMPORTERS_KEPT of those dependency packages, in go list order (evidence for GO-FORMATS 5e); [] without packages. */
  testImporters: string[];
  /**
   * The first main-module package (go list order) that imports it directly: it is in D of
   * GO-FORMATS 5; null when none does or without packages. Kept on the module, not read
   * off the packages, so that a share link (which carries no packages) gives the same analyses.
   */
  directImport: DirectImport | null;
  /** A module that only appears as a package's module (no graph, no list -m). */
  fromPackagesOnly?: boolean;
}

/** A main-module package importing a module directly, as `go list -deps` showed it. */
export interface DirectImport {
  /** The importing package (a test variant keeps its ` [p.test]` suffix). */
  importer: string;
  /** The imported package, or the import path its _test.go files name. */
  imported: string;
  /** Known only from the importer's TestImports/XTestImports strings (packages listed without -test). */
  testFile: boolean;
}

/** One `go mod graph` edge between module versions, kept for skew and MVS attribution. */
export interface VersionEdge {
  /** Module ids. */
  from: number;
  fromVersion: string;
  to: number;
  toVersion: string;
}

export interface PackageNode {
  id: number;
  /** Full ID, with a test variant's bracket suffix. */
  importPath: string;
  /** Module id; -1 for an unresolved package (std packages are not kept). */
  module: number;
  /** A test variant (`p [p.test]`, `p_test [p.test]`) or a test main (`p.test`). */
  test: boolean;
  /** Package ids of its resolved non-std imports. */
  imports: number[];
  /** Import paths of its _test.go files (kept for test-of-dependency attribution). */
  testImports: string[];
  error?: string;
}

export interface InputSummary {
  kind: InputKind;
  source: string;
  /** Records read: modules, edges, packages, stanzas, lines... */
  count: number;
  /** What the count counts, for display: "modules", "edges", "packages". */
  unit: string;
  /** For go list -deps: whether -test was used. */
  withTests?: boolean;
}

export interface SelectionMismatch {
  path: string;
  /** From MVS over the requirement graph. */
  graphVersion: string;
  /** From go list -m. */
  listedVersion: string;
}

export interface GoGraph {
  /** Main modules first, then sorted by path (go list -m order). Index = id. */
  modules: ModuleNode[];
  mainIds: number[];
  /** Module-level requirement edges: out of each module's selected version (and the main modules). */
  requires: Csr;
  /** Reverse of requires. */
  requiredBy: Csr;
  /** Module-level import edges derived from packages, weight = package import pairs; null without packages. */
  imports: Csr | null;
  /** Per imports edge: 1 when only test packages make it. Same indexing as imports.targets. */
  importsTestOnly: Uint8Array | null;
  /** Every edge of go mod graph (all versions), for skew. */
  versionEdges: VersionEdge[];
  /** Non-std packages (std never imports a module); null without go list -deps, and in a graph rebuilt from a link. */
  packages: PackageNode[] | null;
  /**
   * How many non-std packages go list -deps gave; null when it was not loaded. Analyses test
   * this, not `packages`: a link keeps the count and the per-module facts, not the packages.
   */
  packageCount: number | null;
  /** True when the package list came from `go list -deps -test`. */
  packagesWithTests: boolean;
  goMod: GoModFile | null;
  /** go list -m vs MVS disagreements. */
  selectionMismatches: SelectionMismatch[];
  vulns: GovulncheckReport | null;
  policy: Policy | null;
  inputs: InputSummary[];
  diagnostics: Diagnostic[];
}
