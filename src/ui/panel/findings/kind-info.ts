// Each finding kind in one line, written for a Go engineer.
import type { FindingKind } from '../../../core/analysis';

export const KIND_INFO: Record<FindingKind, string> = {
  'unused-requirement': 'go.mod requires it but no package of it is needed; `go mod tidy` removes it.',
  'should-be-direct': 'marked `// indirect` in go.mod, but a package of the main module imports it; `go mod tidy` drops the comment.',
  'should-be-indirect': 'listed as direct in go.mod, but only dependencies import it; `go mod tidy` adds `// indirect`.',
  'missing-requirement': 'a package of it is imported, but go.mod does not require it; `go mod tidy` adds it.',
  'graph-only': 'in the module graph only as a minimum version for MVS; no package of it is built.',
  'test-of-dependency-only': 'needed only by tests of dependencies (`go test all`), never built into your binaries.',
  'duplicate-major': 'two or more major versions of one module are built in; move to one.',
  'version-skew': 'requirers ask for different versions; MVS builds only the highest.',
  'overlapping-libraries': 'several libraries that do the same job are built in; standardise on one.',
  retracted: 'the selected version is retracted by its authors (`go list -m -u`).',
  deprecated: 'the module is deprecated by its authors (`go list -m -u`).',
  outdated: 'a newer version is available (`go list -m -u`).',
  'local-replace': 'replaced by a local directory: builds elsewhere will not see the same code.',
  vulnerable: 'govulncheck reports a known vulnerability in the selected version.',
  'policy-violation': 'breaks a rule of the loaded policy.',
};

/** A fix that is a command to run as is (copyable), as opposed to advice. */
export const isCommand = (fix: string) => /^(go|govulncheck) [^,()]+$/.test(fix);
