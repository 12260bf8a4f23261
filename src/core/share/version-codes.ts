// A version as a small number relative to its module: 0 is "", 1..k is the
// module's own k versions, above that an index into the whole table. Edges
// mostly point at one of a module's two or three versions: one byte, not two.
import { ShareFormatError } from './bytes';

/** Encoder of versions relative to each module's version list. */
export function versionEncoder(lists: readonly (readonly string[])[], table: Map<string, number>): (version: string, module: number) => number {
  const local = lists.map((list) => {
    const m = new Map<string, number>();
    list.forEach((v, i) => { if (!m.has(v)) m.set(v, i + 1); });
    return m;
  });
  return (version, module) => {
    if (version === '') return 0;
    return local[module].get(version) ?? lists[module].length + 1 + table.get(version)!;
  };
}

/** Decoder matching versionEncoder; a code out of range is a format error. */
export function versionDecoder(lists: readonly (readonly string[])[], table: readonly string[]): (code: number, module: number) => string {
  return (code, module) => {
    if (code === 0) return '';
    const list = lists[module];
    if (code <= list.length) return list[code - 1];
    const global = code - list.length - 1;
    if (global >= table.length) throw new ShareFormatError(`version code ${code} of module ${module} is out of range`);
    return table[global];
  };
}
