// Version lists for synthetic modules: ascending semver, with the pseudo-version
// and timestamp shapes the go command prints.
import type { Rng } from './prng';

/** One published version of a module. */
export interface VersionInfo {
  version: string;
  /** RFC 3339, second precision, as `go list -m -json` prints `Time`. */
  time: string;
}

const EPOCH = Date.UTC(2017, 0, 1);
const DAY = 86_400_000;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `count` ascending versions of one module; `suffixMajor` is the major its path fixes (0: free). */
export function moduleVersions(count: number, suffixMajor: number, rng: Rng): VersionInfo[] {
  const major = suffixMajor || rng.int(0, 1);
  const pseudo = rng.chance(0.1);
  let ms = EPOCH + rng.int(0, 1500) * DAY + rng.int(0, DAY / 1000) * 1000;
  let minor = rng.int(0, 12);
  let patch = rng.int(0, 5);
  const out: VersionInfo[] = [];
  for (let k = 0; k < count; k++) {
    const time = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const version = pseudo ? `v${major}.0.0-${time.replace(/\D/g, '')}-${hex(12, rng)}` : `v${major}.${minor}.${patch}`;
    out.push({ version, time });
    ms += rng.int(5, 200) * DAY + rng.int(0, DAY / 1000) * 1000;
    if (rng.chance(0.4)) {
      minor++;
      patch = 0;
    } else patch++;
  }
  return out;
}

/** A `go.sum`-style hash: `h1:` and 32 bytes of base64. */
export function sumHash(rng: Rng): string {
  const chars: string[] = [];
  for (let i = 0; i < 43; i++) chars.push(BASE64[rng.int(0, 63)]);
  return `h1:${chars.join('')}=`;
}

function hex(length: number, rng: Rng): string {
  const chars: string[] = [];
  for (let i = 0; i < length; i++) chars.push(rng.int(0, 15).toString(16));
  return chars.join('');
}
