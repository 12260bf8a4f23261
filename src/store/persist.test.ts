import { describe, expect, it } from 'vitest';
import { memoryStore, PERSIST_MAX_LOADS, readLoad, saveLoad } from './persist';

const text = (name: string, size: number) => ({ name, text: 'x'.repeat(size) });

describe('kept loads', () => {
  it('keeps and reads back a load', async () => {
    const store = memoryStore();
    expect(await saveLoad(store, 'a', [text('go.mod', 10)], 1)).toBe('saved');
    expect(await readLoad(store, 'a')).toEqual([text('go.mod', 10)]);
    expect(await readLoad(store, 'missing')).toBeNull();
  });

  it('refuses a load past the size cap', async () => {
    expect(await saveLoad(memoryStore(), 'a', [text('big', 101)], 1, 100)).toBe('too-large');
  });

  it('drops the oldest loads past the count and size caps', async () => {
    const store = memoryStore();
    for (let i = 0; i < PERSIST_MAX_LOADS + 2; i++) await saveLoad(store, `l${i}`, [text('t', 10)], i, 1000);
    expect((await store.list()).map((r) => r.id).sort()).toEqual(Array.from({ length: PERSIST_MAX_LOADS }, (_, i) => `l${i + 2}`).sort());
    await saveLoad(store, 'big', [text('t', 975)], 100, 1000);
    expect((await store.list()).map((r) => r.id).sort()).toEqual(['big', `l${PERSIST_MAX_LOADS}`, `l${PERSIST_MAX_LOADS + 1}`].sort());
  });

  it('reports a storage failure instead of throwing', async () => {
    const store = { ...memoryStore(), put: async () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await saveLoad(store, 'a', [text('t', 1)], 1)).toBe('failed');
  });
});
