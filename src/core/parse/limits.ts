// Size guards on untrusted input (DESIGN §9: inputs of any size or shape
// never crash the tab). Exported so the worker and the UI can state them, and
// refuse a file by its size before reading it.

/** Largest text read, in UTF-16 code units (bytes, for ASCII Go tool output). */
export const MAX_SOURCE_CHARS = 512 * 1024 * 1024;

/**
 * Longest line the line formats read: a longer line is reported and skipped,
 * never matched against a pattern. Room for a 5 MB module path (tested).
 */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

/** Most records read per input: JSON values in one stream, lines in one line-format input. */
export const MAX_RECORDS = 2_000_000;

/** Most diagnostics listed per source text; one closing diagnostic counts the rest. */
export const MAX_DIAGNOSTICS_PER_INPUT = 200;

/** Largest policy: a hand-written allow list is a few KB, so more means it is not a policy. */
export const MAX_POLICY_CHARS = 1024 * 1024;

/** Deepest nesting read in a policy (a real one nests 3 levels); deeper YAML can overflow the parser's stack. */
export const MAX_POLICY_DEPTH = 64;

/** The limits parseText applies; a parameter so tests can lower them instead of building gigabytes. */
export interface ParseLimits {
  maxSourceChars: number;
  maxRecords: number;
  maxDiagnostics: number;
}

export const PARSE_LIMITS: ParseLimits = {
  maxSourceChars: MAX_SOURCE_CHARS,
  maxRecords: MAX_RECORDS,
  maxDiagnostics: MAX_DIAGNOSTICS_PER_INPUT,
};

/** A size in bytes (or characters) for a message: "812 B", "3.4 KB", "1.0 GB", "512 MB". */
export function formatSize(size: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** The refusal for a file over the size limit, by its size (the worker can check File.size before reading). */
export function tooLargeMessage(name: string, size: number, max = MAX_SOURCE_CHARS): string {
  return `${name} is ${formatSize(size)}; gotopo reads at most ${formatSize(max)} per file: split it, or make it smaller (go list -json=ImportPath,Module,Imports,... prints only the fields gotopo reads)`;
}
