// Public API of the parsers: auto-detecting entry points plus each parser.
export { parseSources, parseText, ACCEPTED_INPUTS } from './parse-text';
export { detectParts, jsonKind, type Part } from './detect';
export { splitJsonStream, scanValue, type JsonPiece, type JsonRun } from './json-stream';
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
