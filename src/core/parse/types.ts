// Records and diagnostics produced by the parsers. Plain data only: these
// cross the worker boundary and feed src/core/model/build.ts.

export type InputKind =
  | 'go-list-m'
  | 'go-mod-graph'
  | 'go-list-deps'
  | 'go-mod-why'
  | 'go-mod'
  | 'go-sum'
  | 'vendor-modules'
  | 'govulncheck'
  | 'policy';

export interface Diagnostic {
  level: 'error' | 'warning' | 'info';
  /** Name of the file or "pasted text" the problem is in. */
  source: string;
  /** 1-based line and column, and 0-based byte (UTF-16 code unit) offset into that source. */
  line?: number;
  column?: number;
  offset?: number;
  /** One line, naming what was expected and what was found. */
  message: string;
}

/** A module as `go list -m -json` prints it (only the fields gotopo keeps). */
export interface ListedModule {
  path: string;
  version?: string;
  main?: boolean;
  indirect?: boolean;
  replace?: { path: string; version?: string };
  time?: string;
  update?: { version: string; time?: string };
  deprecated?: string;
  retracted?: string[];
  goVersion?: string;
  error?: string;
}

/** One `go mod graph` line: `from[@fromVersion] to@toVersion`; fromVersion "" = a main module. */
export interface RequirementEdge {
  from: string;
  fromVersion: string;
  to: string;
  toVersion: string;
}

/** A package as `go list -deps [-test] -json` prints it (only the fields gotopo keeps). */
export interface ListedPackage {
  /** Full ID, test variants keep their bracket suffix: `p [p.test]`. */
  importPath: string;
  name?: string;
  standard: boolean;
  module?: { path: string; version?: string; main?: boolean };
  imports: string[];
  testImports?: string[];
  xTestImports?: string[];
  /** Set on test variants: the package under test. */
  forTest?: string;
  depOnly?: boolean;
  error?: string;
}

/** One `go mod why -m` stanza. */
export interface WhyEntry {
  module: string;
  /** false when Go printed "(main module does not need module M)". */
  needed: boolean;
  /** Shortest package path from a main package; `X.test` means the test of X. Empty when not needed. */
  packages: string[];
}

export interface GoModRequire {
  path: string;
  version: string;
  indirect: boolean;
}

export interface GoModReplace {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  newVersion?: string;
}

export interface GoModFile {
  module: string;
  go?: string;
  toolchain?: string;
  requires: GoModRequire[];
  replaces: GoModReplace[];
  excludes: { path: string; version: string }[];
  retracts: string[];
  tools: string[];
  deprecated?: string;
}

export interface GoSumLine {
  path: string;
  version: string;
  /** true for a `/go.mod` hash line, false for a module zip hash. */
  goMod: boolean;
  hash: string;
}

export interface VendoredModule {
  path: string;
  version?: string;
  replace?: { path: string; version?: string };
  explicit: boolean;
  goVersion?: string;
  packages: string[];
}

export interface OsvRange {
  type: string;
  events: { introduced?: string; fixed?: string; last_affected?: string; limit?: string }[];
}

export interface OsvEntry {
  id: string;
  aliases: string[];
  summary: string;
  details?: string;
  withdrawn?: string;
  published?: string;
  affected: {
    module: string;
    ranges: OsvRange[];
    imports: { path: string; symbols: string[]; goos?: string[]; goarch?: string[] }[];
  }[];
}

export interface VulnFrame {
  module: string;
  version?: string;
  package?: string;
  function?: string;
  receiver?: string;
  position?: { filename?: string; line?: number; column?: number };
}

export interface VulnFinding {
  osv: string;
  fixedVersion?: string;
  trace: VulnFrame[];
}

export interface GovulncheckReport {
  config?: { scannerVersion?: string; goVersion?: string; scanLevel?: string; scanMode?: string; db?: string; dbLastModified?: string };
  sbom?: { goVersion?: string; modules: { path: string; version?: string }[] };
  osv: OsvEntry[];
  findings: VulnFinding[];
}

export interface PolicyRule {
  name: string;
  version?: string;
  critical?: boolean;
  securityAudited?: boolean;
}

export interface Policy {
  allowedModules: PolicyRule[];
  /** Glob patterns of module paths that may never appear. */
  forbiddenModules: string[];
  /** 'direct': only direct requirements must be allow-listed; 'all': every module; 'listed': only listed modules are checked. */
  unlisted: 'direct' | 'all' | 'listed';
  maxDepth?: number;
  maxModules?: number;
}

interface InputBase {
  /** File name, or "pasted text"; bundles add "#2", "#3" for later parts. */
  source: string;
  /** Where this part starts in its source (for bundles). */
  offset: number;
  length: number;
}

export type ParsedInput = InputBase &
  (
    | { kind: 'go-list-m'; modules: ListedModule[] }
    | { kind: 'go-mod-graph'; edges: RequirementEdge[] }
    | { kind: 'go-list-deps'; packages: ListedPackage[]; withTests: boolean }
    | { kind: 'go-mod-why'; entries: WhyEntry[] }
    | { kind: 'go-mod'; goMod: GoModFile }
    | { kind: 'go-sum'; lines: GoSumLine[] }
    | { kind: 'vendor-modules'; modules: VendoredModule[] }
    | { kind: 'govulncheck'; report: GovulncheckReport }
    | { kind: 'policy'; policy: Policy }
  );

export interface ParseResult {
  inputs: ParsedInput[];
  diagnostics: Diagnostic[];
}

/** A text to parse, as the user gave it (a file, a paste). */
export interface SourceText {
  name: string;
  text: string;
}
