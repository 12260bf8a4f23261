// go list -deps prints every package's whole transitive Deps list: 85 % of
// the bytes of a real output (cri-o), and no parser reads it. Cutting that
// field out of an object's text before JSON.parse is far cheaper than
// building its strings and throwing them away.
import { makeFinder } from './text';

/** A top-level `"Deps": [` that opens a multi-line array, as go list prints it (tab indent). */
const DEPS_OPEN = '\n\t"Deps": [\n';
/** The line that closes a top-level array in the same layout. */
const ARRAY_CLOSE = '\n\t]';

/**
 * The text of the object text[start, stop) without its Deps field, or null
 * when it has none in go list's layout. Ask for increasing positions only:
 * every search resumes where the last one stopped, so a text is scanned once.
 */
export function depsCutter(text: string, end: number): (start: number, stop: number) => string | null {
  const nextDeps = makeFinder(text, DEPS_OPEN, end, DEPS_OPEN.indexOf('D'));
  const nextClose = makeFinder(text, ARRAY_CLOSE, end, ARRAY_CLOSE.length - 1);
  // An object cut short inside its Deps runs on into the next one: never join the two.
  const nextObject = makeFinder(text, '\n{', end, 1);
  return (start, stop) => {
    const from = nextDeps(start);
    if (from < 0 || from >= stop) return null;
    const close = nextClose(from + DEPS_OPEN.length - 1);
    if (close < 0 || close >= stop) return null;
    const other = nextObject(from);
    if (other >= 0 && other < close) return null;
    return cut(text, start, from, close + ARRAY_CLOSE.length, stop);
  };
}

/**
 * text[start, stop) without [from, to): the field, from the line break
 * before it to its closing bracket. A comma after the field goes with it;
 * when the field was the last one, the comma before it goes instead.
 */
function cut(text: string, start: number, from: number, to: number, stop: number): string {
  if (text.charCodeAt(to) === 44) return text.slice(start, from) + text.slice(to + 1, stop);
  const head = text.charCodeAt(from - 1) === 44 ? from - 1 : from;
  return text.slice(start, head) + text.slice(to, stop);
}
