// Keeps the loaded inputs across reloads: each load's sources (texts or the
// files themselves) in IndexedDB under an id the page URL names. The
// database is injected, so tests run on an in-memory fake.
import type { LoadSource } from '../worker/client';

/** What all kept loads may take together; a larger load is not kept (the URL carries a share snapshot instead). */
export const PERSIST_MAX_BYTES = 200 * 1024 * 1024;
/** Loads kept for the back button; older ones are dropped first. */
export const PERSIST_MAX_LOADS = 8;

export interface LoadRecord {
  id: string;
  savedAt: number;
  bytes: number;
  sources: LoadSource[];
}

/** Where load records live: IndexedDB in the browser, a Map in tests. */
export interface RecordStore {
  get(id: string): Promise<LoadRecord | undefined>;
  put(record: LoadRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every record without its sources. */
  list(): Promise<Omit<LoadRecord, 'sources'>[]>;
}

export type SaveOutcome = 'saved' | 'too-large' | 'failed';

/** Bytes of the sources (characters of a text: Go tool output is ASCII). */
export function sourcesBytes(sources: readonly LoadSource[]): number {
  return sources.reduce((sum, s) => sum + ('file' in s ? s.file.size : s.text.length), 0);
}

/** Keeps a load; drops the oldest ones past PERSIST_MAX_LOADS or PERSIST_MAX_BYTES. */
export async function saveLoad(store: RecordStore, id: string, sources: LoadSource[], now: number, maxBytes = PERSIST_MAX_BYTES): Promise<SaveOutcome> {
  const bytes = sourcesBytes(sources);
  if (bytes > maxBytes) return 'too-large';
  try {
    const kept = (await store.list()).filter((r) => r.id !== id).sort((a, b) => b.savedAt - a.savedAt);
    let total = bytes;
    for (const [i, r] of kept.entries()) {
      if (i + 1 < PERSIST_MAX_LOADS && total + r.bytes <= maxBytes) total += r.bytes;
      else await store.delete(r.id);
    }
    await store.put({ id, savedAt: now, bytes, sources });
    return 'saved';
  } catch {
    return 'failed';
  }
}

/** The sources of a kept load, or null when it is gone (cleared, evicted, another browser). */
export async function readLoad(store: RecordStore, id: string): Promise<LoadSource[] | null> {
  try {
    return (await store.get(id))?.sources ?? null;
  } catch {
    return null;
  }
}

const DB = 'gotopo';
// Two stores, so listing the kept loads never reads their sources.
const META = 'load-meta';
const SOURCES = 'load-sources';

const done = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

const committed = (t: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
  });

/** The browser's IndexedDB as a RecordStore. */
export function indexedDbStore(idb: IDBFactory): RecordStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = idb.open(DB, 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore(META, { keyPath: 'id' });
        r.result.createObjectStore(SOURCES);
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB is unavailable'));
    }));
  const write = async (run: (meta: IDBObjectStore, sources: IDBObjectStore) => void) => {
    const t = (await open()).transaction([META, SOURCES], 'readwrite');
    run(t.objectStore(META), t.objectStore(SOURCES));
    await committed(t);
  };
  return {
    async get(id) {
      const t = (await open()).transaction([META, SOURCES], 'readonly');
      const [meta, sources] = await Promise.all([
        done(t.objectStore(META).get(id) as IDBRequest<Omit<LoadRecord, 'sources'> | undefined>),
        done(t.objectStore(SOURCES).get(id) as IDBRequest<LoadSource[] | undefined>),
      ]);
      return meta && sources ? { ...meta, sources } : undefined;
    },
    put: ({ sources, ...meta }) =>
      write((m, s) => {
        m.put(meta);
        s.put(sources, meta.id);
      }),
    delete: (id) =>
      write((m, s) => {
        m.delete(id);
        s.delete(id);
      }),
    list: async () => done((await open()).transaction(META, 'readonly').objectStore(META).getAll() as IDBRequest<Omit<LoadRecord, 'sources'>[]>),
  };
}

/** An in-memory RecordStore (tests, and browsers without IndexedDB). */
export function memoryStore(): RecordStore {
  const records = new Map<string, LoadRecord>();
  return {
    get: async (id) => records.get(id),
    put: async (r) => void records.set(r.id, r),
    delete: async (id) => void records.delete(id),
    list: async () => [...records.values()].map(({ id, savedAt, bytes }) => ({ id, savedAt, bytes })),
  };
}
