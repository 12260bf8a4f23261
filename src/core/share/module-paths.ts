// Module paths as one newline-separated text, like the preset dictionary
// (dictionary.ts): a run of paths that also follow each other there (sorted
// siblings such as golang.org/x/net, golang.org/x/sync) deflates to a single
// back-reference. A path with a newline (never a real one) falls back to front coding.
import { strFromU8, strToU8 } from 'fflate';
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';
import { readFrontCoded, writeFrontCoded } from './front-coding';

const JOINED = 0;
const FRONT_CODED = 1;

/** Writes `paths` (a count written before). */
export function writePaths(w: ByteWriter, paths: readonly string[]) {
  if (paths.some((p) => p.includes('\n'))) {
    w.byte(FRONT_CODED);
    writeFrontCoded(w, paths);
    return;
  }
  w.byte(JOINED);
  const text = strToU8(paths.join('\n'));
  w.uint(text.length);
  w.bytes(text);
}

/** Reads `n` paths written by writePaths, each at most `maxLength` long. */
export function readPaths(r: ByteReader, n: number, maxLength: number): string[] {
  const mode = r.index(2, 'path coding');
  if (mode === FRONT_CODED) return readFrontCoded(r, n, maxLength);
  const size = r.uint();
  if (size > n * (maxLength * 3 + 1)) throw new ShareFormatError(`${size} bytes of paths are more than ${n} paths can take`);
  const paths = n === 0 ? [] : strFromU8(r.bytes(size)).split('\n');
  if (n === 0 && size !== 0) throw new ShareFormatError('paths without modules');
  if (paths.length !== n) throw new ShareFormatError(`${paths.length} paths for ${n} modules`);
  paths.forEach((p, i) => {
    if (p.length > maxLength) throw new ShareFormatError(`path ${i} is longer than the limit of ${maxLength}`);
  });
  return paths;
}
