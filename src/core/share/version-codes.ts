// Versions as small numbers. The table lists distinct versions in order of
// first mention, so a reference is 0 for "the next new one" (most mentions of
// a module's version list) or 1 + the index of an earlier one. Edges and
// selected versions are coded relative to their module's ascending list,
// counted from the top: MVS makes the selected (highest) version the usual
// target, so most codes are 0 and deflate packs them into almost nothing.
import { ShareFormatError } from './bytes';

/** Writer side of the table: hands out references and collects the table in order. */
export class VersionRefs {
  readonly table: string[] = [];
  private readonly index = new Map<string, number>();

  ref(version: string): number {
    const at = this.index.get(version);
    if (at !== undefined) return at + 1;
    this.index.set(version, this.table.length);
    this.table.push(version);
    return 0;
  }
}

/** Reader side: resolves references against a table read beforehand. */
export class VersionRefReader {
  private next = 0;

  constructor(private readonly table: readonly string[]) {}

  version(ref: number): string {
    if (ref === 0) {
      if (this.next >= this.table.length) throw new ShareFormatError(`more new versions than the ${this.table.length} of the table`);
      return this.table[this.next++];
    }
    if (ref > this.next) throw new ShareFormatError(`version reference ${ref} is out of range (${this.next})`);
    return this.table[ref - 1];
  }

  /** Fails unless every table entry was used: a table entry nobody mentions means a damaged payload. */
  end() {
    if (this.next !== this.table.length) throw new ShareFormatError(`${this.table.length - this.next} versions of the table are never used`);
  }
}

/** Encoder of versions relative to each module's list: k-1-i for list[i], k for "", above that k+1+a table reference. */
export function versionEncoder(lists: readonly (readonly string[])[], refs: VersionRefs): (version: string, module: number) => number {
  const local = lists.map((list) => new Map(list.map((v, i) => [v, list.length - 1 - i])));
  return (version, module) => {
    const k = lists[module].length;
    const code = local[module].get(version);
    if (code !== undefined) return code;
    return version === '' ? k : k + 1 + refs.ref(version);
  };
}

/** Decoder matching versionEncoder; a code out of range is a format error. */
export function versionDecoder(lists: readonly (readonly string[])[], refs: VersionRefReader): (code: number, module: number) => string {
  return (code, module) => {
    const list = lists[module];
    if (code < list.length) return list[list.length - 1 - code];
    return code === list.length ? '' : refs.version(code - list.length - 1);
  };
}
