// Shared pieces of the fuzz tests (tests only): run counts, mutations of real
// inputs, and the checks every parse result and diagnostic must pass.
import fc from 'fast-check';
import type { Diagnostic, InputKind } from '../parse/types';
import { readFixture } from './fixtures';

/** Cases per property: 10,000 in the regular run, more with `npm run fuzz` (FUZZ_RUNS=200000). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 10_000;

/** fc.assert options; FUZZ_SEED and FUZZ_PATH replay a failure that fast-check printed. */
export const FUZZ_OPTIONS: fc.Parameters<unknown> = {
  numRuns: FUZZ_RUNS,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {}),
};

/** Test timeout that grows with FUZZ_RUNS (vitest's default of 60 s is for 10,000 runs). */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 6);

/** The first (count > 0) or last (count < 0) lines, or JSON objects closed by a `}` at line start, of a fixture. */
export function fixtureSlice(project: string, file: string, count: number, unit: 'lines' | 'objects' = 'lines'): string {
  const text = readFixture(project, file);
  // Cut after the count-th line end (from the start), or after the one before the last |count| (from the end).
  const marker = unit === 'lines' ? '\n' : '\n}\n';
  const cuts: number[] = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) cuts.push(i + marker.length);
  if (count > 0) return text.slice(0, cuts[Math.min(count, cuts.length) - 1]);
  return text.slice(cuts[cuts.length + count - 1] ?? 0);
}

const POLICY = `# Modules this project may depend on.
allowed_modules:
  - name: github.com/gin-gonic/gin
    version: ">=v1.9.0"
    critical: true
  - name: golang.org/x/*
    security_audited: true
  - github.com/stretchr/testify
forbidden_modules:
  - github.com/pkg/errors
unlisted: direct
max_depth: 6
max_modules: 200
`;

/**
 * Small real inputs of every kind, the seeds that mutations start from.
 * Small on purpose: one case must parse in well under a millisecond.
 */
export const FUZZ_SEEDS: Record<InputKind, string[]> = {
  'go-list-m': [fixtureSlice('gin', 'golist-m-u.json', 12, 'objects'), fixtureSlice('committed-real/bearer', 'golist-m.json', 8, 'objects')],
  'go-mod-graph': [fixtureSlice('gin', 'modgraph.txt', 60), fixtureSlice('gin/go1.19', 'modgraph.txt', -30)],
  'go-list-deps': [fixtureSlice('gin', 'golist-deps-test.json', 40, 'objects'), fixtureSlice('gin', 'golist-deps-test.json', -3, 'objects')],
  'go-mod-why': [fixtureSlice('syncthing', 'gomodwhy.txt', 80)],
  'go-mod': [readFixture('syncthing-untidy', 'go.mod'), readFixture('gin', 'go.mod')],
  'go-sum': [fixtureSlice('gin', 'go.sum', 40)],
  'vendor-modules': [fixtureSlice('cri-o', 'vendor-modules.txt', 80), fixtureSlice('cri-o', 'vendor-modules.txt', -20)],
  govulncheck: [fixtureSlice('gin', 'govulncheck.json', 6, 'objects'), fixtureSlice('gin', 'govulncheck.json', -4, 'objects')],
  policy: [POLICY],
};

// One shared 1 MB token: a huge path, version or key must not stall a parser.
const HUGE_TOKEN = 'x'.repeat(1 << 20);

// Characters and tokens the grammars care about, plus ones that break naive code.
const TOKENS = [
  '{', '}', '[', ']', '"', '\\', '\\u', ':', ',', '@', '@@', ' ', '\t', '\n', '\r', '\r\n', '\n}\n', '\n{\n', '\n]\n', '\n[\n',
  '\0', '\ufeff', '\u2028', '\ud800', '\udc00', '\x1b', '\u00a0', 'null', 'true', '-0', '1e999',
  '__proto__', 'constructor', 'hasOwnProperty', '"__proto__":', '"Path":', '"ImportPath":', '"osv":', '"finding":',
  '# ', '## ', '## explicit', '// indirect', '// Deprecated: x', '=>', '(', ')', 'require (', 'module ', 'go@1.21', 'toolchain@go1.22',
  'v1.2.3', 'v0.0.0-20200101000000-abcdefabcdef', '/go.mod', 'h1:', '---', 'allowed_modules:', '*a', '&a', '!!binary', '%YAML 1.2', '? ',
];

type Mutation = (text: string, pool: readonly string[]) => string;

// Positions come as naturals and are wrapped to the text, so one mutation fits any text.
const at = (n: number, length: number) => n % (length + 1);
const splice = (t: string, start: number, deleted: number, inserted: string) => t.slice(0, start) + inserted + t.slice(start + deleted);
const piece = fc.oneof({ arbitrary: fc.constantFrom(...TOKENS), weight: 3 }, { arbitrary: fc.string({ maxLength: 16, unit: 'binary' }), weight: 1 });

const MUTATIONS: fc.Arbitrary<Mutation>[] = [
  // Truncate at a random offset.
  fc.nat().map((n): Mutation => (t) => t.slice(0, at(n, t.length))),
  // Flip bits of a few UTF-16 code units (bits 0-7 change the byte; 8-15 leave ASCII).
  fc.array(fc.tuple(fc.nat(), fc.nat(15)), { minLength: 1, maxLength: 8 }).map((flips): Mutation => (t) =>
    flips.reduce((s, [n, bit]) => (s.length === 0 ? s : splice(s, n % s.length, 1, String.fromCharCode(s.charCodeAt(n % s.length) ^ (1 << bit)))), t),
  ),
  // Insert, or replace a slice with, a token or a random string.
  fc.tuple(fc.nat(), fc.nat(8), piece).map(([n, deleted, s]): Mutation => (t) => splice(t, at(n, t.length), deleted, s)),
  // Delete a slice.
  fc.tuple(fc.nat(), fc.nat(400)).map(([n, length]): Mutation => (t) => splice(t, at(n, t.length), length, '')),
  // Duplicate a slice elsewhere.
  fc.tuple(fc.nat(), fc.nat(400), fc.nat()).map(([n, length, to]): Mutation => (t) => {
    const start = at(n, t.length);
    return splice(t, at(to, t.length), 0, t.slice(start, start + length));
  }),
  // Splice two inputs together: a prefix of this one and a suffix of another.
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([n, which, m]): Mutation => (t, pool) => {
    const other = pool[which % pool.length];
    return t.slice(0, at(n, t.length)) + other.slice(at(m, other.length));
  }),
  // Insert NUL, BOM or CR characters.
  fc.tuple(fc.nat(), fc.constantFrom('\0', '\ufeff', '\r', '\r\r\n', '\ufeff\ufeff')).map(([n, c]): Mutation => (t) => splice(t, at(n, t.length), 0, c)),
];

// Costly (up to a few hundred KB per case), so rarer than the others.
const LARGE_MUTATIONS: fc.Arbitrary<Mutation>[] = [
  // Deep nesting, closed or not.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('[', '{"a":', '{"Path":'), fc.boolean()).map(([n, depth, open, closed]): Mutation => (t) => {
    const close = open === '[' ? ']' : '}';
    return splice(t, at(n, t.length), 0, open.repeat(depth) + (closed ? `1${close.repeat(depth)}` : ''));
  }),
  // Very long lines: a slice repeated up to 30k characters, without line ends.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 2, max: 30_000 })).map(([n, length, total]): Mutation => (t) => {
    const start = at(n, t.length);
    const unit = t.slice(start, start + length).replace(/[\r\n]/g, ' ') || 'x';
    return splice(t, start, 0, unit.repeat(Math.ceil(total / unit.length)));
  }),
];

// Rarest, because each case costs a 1 MB copy: replace the token at a random offset with HUGE_TOKEN.
const hugeToken = fc.nat().map((n): Mutation => (t) => {
  const start = at(n, t.length);
  const end = t.slice(start).search(/\s|$/) + start;
  return splice(t, start, end - start, HUGE_TOKEN);
});

const mutation = fc.oneof(
  ...MUTATIONS.map((arbitrary) => ({ arbitrary, weight: 20 })),
  ...LARGE_MUTATIONS.map((arbitrary) => ({ arbitrary, weight: 2 })),
  { arbitrary: hugeToken, weight: 1 },
);

/** One of the texts of `pool` with one to four random mutations applied. */
export function mutatedText(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...pool), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([text, steps]) => steps.reduce((t, step) => step(t, pool), text));
}

/** Random text: strings of any code units, and bytes decoded as latin1 and as UTF-8 (a dropped binary file). */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: fc.constantFrom(...TOKENS, 'a', 'b/c', 'v1', '.', '-', ' ') }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
);

/** A plain assertion: cheaper than expect() on every id of 10,000 results. */
export function check(ok: boolean, why: string): void {
  if (!ok) throw new Error(why);
}

/**
 * Throws unless every diagnostic is well-formed: a level, a source, a message,
 * and a position inside the text of its source. A parser exception caught by
 * parseText's safety net counts as a failure too: it is a bug, not a diagnostic.
 */
export function checkDiagnostics(diagnostics: readonly Diagnostic[], textOf: (source: string) => string | undefined): void {
  if (!Array.isArray(diagnostics)) throw new Error('diagnostics is not an array');
  // Counted once per source: 100k diagnostics on one text must stay linear.
  const lines = new Map<string, number>();
  for (const d of diagnostics) {
    const fail = (why: string) => {
      throw new Error(`${why}: ${JSON.stringify(d).slice(0, 300)}`);
    };
    if (!['error', 'warning', 'info'].includes(d.level)) fail('bad level');
    if (typeof d.source !== 'string' || d.source === '') fail('no source');
    if (typeof d.message !== 'string' || d.message === '') fail('no message');
    if (d.message.startsWith('internal error')) fail('a parser threw');
    if (d.line === undefined && d.offset === undefined) continue;
    const text = textOf(d.source);
    if (text === undefined) fail('position in an unknown source');
    const { line = 1, offset = 0, column = 1 } = d;
    if (!lines.has(d.source)) lines.set(d.source, countLines(text!));
    if (!Number.isInteger(line) || line < 1 || line > lines.get(d.source)!) fail('line out of range');
    if (!Number.isInteger(offset) || offset < 0 || offset > text!.length) fail('offset out of range');
    if (!Number.isInteger(column) || column < 1) fail('column out of range');
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
