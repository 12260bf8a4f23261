// Inflate with a ceiling: a deflate bomb (1 KB that inflates to gigabytes) is
// fed in small chunks and abandoned as soon as its output passes the cap.
import { Inflate } from 'fflate';

// Deflate expands at most ~1032x, so one chunk can produce at most ~1 MB before the check.
const CHUNK = 1024;

/** The inflated bytes, or an error message when the data is not deflate (with this preset dictionary) or inflates past `cap` bytes. */
export function inflateCapped(data: Uint8Array, cap: number, dictionary: Uint8Array): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    size += chunk.length;
    if (size <= cap) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && size <= cap; at += CHUNK) {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    }
    if (data.length === 0) return 'the link has no data';
  } catch {
    return 'the data is not valid deflate: the link was cut or changed';
  }
  if (size > cap) return `the data inflates to more than ${cap} bytes: refused`;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
