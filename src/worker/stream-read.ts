// Reads the files a user gave in chunks (Blob.stream + a streaming
// TextDecoder), in the worker, reporting bytes read so the page can show
// progress while the main thread stays free.
import { MAX_SOURCE_CHARS, tooLargeMessage } from '../core/parse/limits';
import type { SourceText } from '../core/parse/types';

/** A file (or fetched example) handed to the worker unread. */
export interface FileSource {
  name: string;
  file: Blob;
}

/** What a load starts from: a text already in memory (a paste) or a file to read. */
export type LoadSource = SourceText | FileSource;

export interface ByteProgress {
  loaded: number;
  total: number;
}

export const isFileSource = (s: LoadSource): s is FileSource => 'file' in s;

/** The most a load may read: V8 strings stop near 512 M characters. */
export const MAX_LOAD_BYTES = 500e6;

const sizeOf = (s: LoadSource) => (isFileSource(s) ? s.file.size : s.text.length);

/** Total size of the sources, refused with a message (before any is read) past the parsers' size per file or MAX_LOAD_BYTES. */
export function totalBytes(sources: LoadSource[]): number {
  const tooBig = sources.find((s) => sizeOf(s) > MAX_SOURCE_CHARS);
  if (tooBig) throw new Error(tooLargeMessage(tooBig.name, sizeOf(tooBig)));
  const total = sources.reduce((sum, s) => sum + sizeOf(s), 0);
  if (total > MAX_LOAD_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1e6)} MB`;
    throw new Error(`the inputs add up to ${mb(total)}; gotopo reads at most ${mb(MAX_LOAD_BYTES)} at once: load fewer files`);
  }
  return total;
}

/**
 * Files up to this size are read whole with Blob.text() (native decoding, one
 * string: ~2-3x faster than joining streamed chunks); bigger ones in chunks
 * with byte progress, so a long read shows it is moving.
 */
export const READ_WHOLE_MAX_BYTES = 256e6;

async function readText(blob: Blob, onChunk: (bytes: number) => void, wholeUpTo: number): Promise<string> {
  if (blob.size <= wholeUpTo) {
    const text = await blob.text();
    onChunk(blob.size);
    return text;
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    onChunk(value.byteLength);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The texts of all sources, in their order, files past wholeUpTo bytes read chunk by chunk; onBytes
 * hears the running total. The files are read at once, not one after another: a file's read waits
 * mostly on the browser handing its bytes over, and two files of a 1,000-module project (0.8 MB)
 * took 10-50 ms one after the other here.
 */
export async function readSources(sources: LoadSource[], onBytes: (p: ByteProgress) => void, wholeUpTo = READ_WHOLE_MAX_BYTES): Promise<SourceText[]> {
  const total = totalBytes(sources);
  // Texts already in memory count as read.
  let loaded = sources.reduce((sum, s) => sum + (isFileSource(s) ? 0 : s.text.length), 0);
  const read = (n: number) => {
    loaded += n;
    onBytes({ loaded, total });
  };
  const out = await Promise.all(sources.map(async (s) => (isFileSource(s) ? { name: s.name, text: await readText(s.file, read, wholeUpTo) } : s)));
  onBytes({ loaded: total, total });
  return out;
}

/** Calls through at most once per interval (the last call of a burst may be dropped; send the final state yourself). */
export function throttle<T>(fn: (value: T) => void, ms: number): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    fn(value);
  };
}
