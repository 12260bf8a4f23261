// Property-based fuzzing of the share-link decoder (DESIGN §7: links come
// from strangers): anything that is not a valid link is refused with a
// message, and a link that decodes also opens.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { fixtureFiles, readFixture } from '../test-support/fixtures';
import { FUZZ_OPTIONS, FUZZ_TIMEOUT, randomText } from '../test-support/fuzz';
import { decodeShare, encodeShare, graphFromSnapshot, SHARE_FORMAT_VERSION, snapshotFromGraph } from './index';

function linkOf(project: string): string {
  const files = fixtureFiles(project).filter((f) => !/\.(md|diff)$/.test(f));
  const graph = loadSources(files.map((name) => ({ name, text: readFixture(project, name) })));
  return encodeShare(snapshotFromGraph(graph, { selected: graph.modules[0]?.path, direction: 'LR', filters: { depth: 2 } }));
}

// Small projects: a link of a few hundred bytes keeps each case cheap.
const LINKS = [linkOf('committed-real/fortigate_exporter'), linkOf('gin')];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const at = (n: number, length: number) => n % (length + 1);
// `g=<version>.` and the data after it (the whole link when an earlier mutation broke the dot).
const headOf = (link: string) => link.slice(0, link.indexOf('.') + 1);
const bodyOf = (link: string) => link.slice(link.indexOf('.') + 1);

// Link-level mutations; bit flips act on the decoded bytes so they reach the inflater and the payload reader.
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(63)).map(([n, c]) => (link: string) => {
    const i = headOf(link).length + (n % Math.max(1, bodyOf(link).length));
    return link.slice(0, i) + ALPHABET[c] + link.slice(i + 1);
  }),
  fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 4 }).map((flips) => (link: string) => {
    const bytes = Buffer.from(bodyOf(link), 'base64url');
    for (const [n, bit] of flips) if (bytes.length > 0) bytes[n % bytes.length] ^= 1 << bit;
    return headOf(link) + bytes.toString('base64url');
  }),
  fc.tuple(fc.nat(), fc.nat(40), fc.string({ maxLength: 12 })).map(([n, deleted, s]) => (link: string) => {
    const i = at(n, link.length);
    return link.slice(0, i) + s + link.slice(i + deleted);
  }),
  fc.tuple(fc.nat(), fc.nat(200), fc.nat()).map(([n, length, to]) => (link: string) => {
    const i = at(n, link.length);
    const j = at(to, link.length);
    return link.slice(0, j) + link.slice(i, i + length) + link.slice(j);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([n, m]) => (link: string) => {
    const other = LINKS[(n + 1) % LINKS.length];
    return link.slice(0, at(n, link.length)) + other.slice(at(m, other.length));
  }),
);

const mutatedLink = fc.tuple(fc.constantFrom(...LINKS), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([link, steps]) => steps.reduce((l, step) => step(l), link));

/** Throws unless the decoder refused with a message of its own (not an unexpected exception) or gave a snapshot that opens. */
function checkDecoded(fragment: string): boolean {
  const r = decodeShare(fragment);
  if (r.ok) {
    graphFromSnapshot(r.snapshot);
    return true;
  }
  expect(r.error).toMatch(/\w/);
  // decodeShare's catch-all words an exception it did not expect this way: that is a decoder bug.
  expect(r.error).not.toMatch(/^the link could not be read/);
  return false;
}

describe('decodeShare', () => {
  it('decodes the real links', () => {
    for (const link of LINKS) expect(decodeShare(link).ok).toBe(true);
  });

  it('refuses random text', () => {
    const text = fc.oneof(randomText, randomText.map((s) => `#g=${SHARE_FORMAT_VERSION}.${s}`), fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((s) => `g=${SHARE_FORMAT_VERSION}.${s}`));
    fc.assert(fc.property(text, (fragment) => {
      expect(checkDecoded(fragment)).toBe(false);
    }), FUZZ_OPTIONS);
  }, FUZZ_TIMEOUT);

  it('refuses a truncated link', () => {
    const cut = fc.constantFrom(...LINKS).chain((link) => fc.nat(link.length - 1).map((n) => link.slice(0, n)));
    fc.assert(fc.property(cut, (fragment) => {
      expect(checkDecoded(fragment)).toBe(false);
    }), FUZZ_OPTIONS);
  }, FUZZ_TIMEOUT);

  it('never throws on a mutated link, and a link that decodes opens', () => {
    fc.assert(fc.property(mutatedLink, (fragment) => void checkDecoded(fragment)), FUZZ_OPTIONS);
  }, FUZZ_TIMEOUT);
});
