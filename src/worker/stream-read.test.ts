import { describe, expect, it } from 'vitest';
import { MAX_LOAD_BYTES, readSources, totalBytes } from './stream-read';

describe('readSources', () => {
  it('reads files in chunks with byte progress, keeping texts as given', async () => {
    // Multi-byte characters split across chunk boundaries must decode whole.
    const text = '{"Path": "example.com/ünïcode"}\n'.repeat(20_000);
    const seen: number[] = [];
    const out = await readSources(
      [{ name: 'pasted text', text: 'module x' }, { name: 'a.json', file: new Blob([text]) }],
      (p) => seen.push(p.loaded),
      0,
    );
    expect(out.map((s) => s.name)).toEqual(['pasted text', 'a.json']);
    expect(out[1]).toEqual({ name: 'a.json', text });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(totalBytes([{ name: 'p', text: 'module x' }, { name: 'a', file: new Blob([text]) }]));
  });

  it('reads files up to the threshold whole, with the same text and final byte count', async () => {
    const text = '{"Path": "example.com/ünïcode"}\n'.repeat(1_000);
    const seen: number[] = [];
    const out = await readSources([{ name: 'a.json', file: new Blob([text]) }], (p) => seen.push(p.loaded));
    expect(out).toEqual([{ name: 'a.json', text }]);
    expect(seen.at(-1)).toBe(new Blob([text]).size);
  });

  it('keeps the order of several sources, their bytes adding up', async () => {
    const big = 'github.com/a/b v1.0.0 github.com/c/d v1.2.3\n'.repeat(50_000);
    const small = '{"Path": "example.com/x"}\n';
    const sources = [{ name: 'big.txt', file: new Blob([big]) }, { name: 'pasted text', text: 'module x' }, { name: 'small.json', file: new Blob([small]) }];
    const seen: number[] = [];
    const out = await readSources(sources, (p) => seen.push(p.loaded), 1000);
    expect(out).toEqual([{ name: 'big.txt', text: big }, { name: 'pasted text', text: 'module x' }, { name: 'small.json', text: small }]);
    expect(seen.at(-1)).toBe(totalBytes(sources));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('starts every read before the first ends', async () => {
    // The first file's read ends only once the second has started: read one after another, it never would.
    let secondStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (secondStarted = resolve));
    const first = { size: 1, text: async () => (await started, 'a') } as Blob;
    const second = { size: 1, text: async () => (secondStarted(), 'b') } as Blob;
    const read = readSources([{ name: '1', file: first }, { name: '2', file: second }], () => undefined);
    const timeout = new Promise<'one after another'>((resolve) => setTimeout(() => resolve('one after another'), 2000));
    expect(await Promise.race([read.then((out) => out.map((s) => s.text).join('')), timeout])).toBe('ab');
  });

  it('counts texts in memory as read from the first report', async () => {
    const sources = [{ name: 'pasted text', text: 'module x' }, { name: 'small.json', file: new Blob(['{"Path": "example.com/x"}\n']) }];
    const seen: number[] = [];
    await readSources(sources, (p) => seen.push(p.loaded));
    expect(seen[0]).toBe(totalBytes(sources));
  });

  it('refuses inputs past the size a string can hold, naming the limit', () => {
    const huge = { name: 'big.json', file: { size: MAX_LOAD_BYTES + 1 } as Blob };
    expect(() => totalBytes([huge])).toThrow(/reads at most 500 MB/);
  });
});
