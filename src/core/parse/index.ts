// Public API of the parsers: auto-detecting entry points plus each parser.
export { parseSources, parseText, ACCEPTED_INPUTS } from './parse-text';
export {
  MAX_SOURCE_CHARS,
  MAX_LINE_CHARS,
  MAX_RECORDS,
  MAX_DIAGNOSTICS_PER_INPUT,
  MAX_POLICY_CHARS,
  MAX_POLICY_DEPTH,
  PARSE_LIMITS,
  formatSize,
  tooLargeMessage,
  type ParseLimits,
} from './limits';
export { detectParts, jsonKind, type Part } from './detect';
export { splitJsonStream, scanValue, findClosers, type Closers, type JsonPiece, type JsonRun, type JsonStreamOptions } from './json-stream';
export { findJsonError, type JsonSyntaxError } from './json-error';
export { parseGoListM, toListedModule } from './go-list-m';
export { parseGoListDeps, toListedPackage, isTestVariant } from './go-list-deps';
export { parseGoModGraph, toEdge } from './go-mod-graph';
export { parseGoModWhy } from './go-mod-why';
export { parseGoMod, isIndirect } from './go-mod';
export { parseGoSum } from './go-sum';
export { parseVendorModules } from './vendor-modules';
export { parseGovulncheck } from './govulncheck';
export { parsePolicy } from './policy';
export { Diagnostics, wholeText, type Span } from './text';
export type * from './types';
