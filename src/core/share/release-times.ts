// Release times of updates (`go list -m -u`), shown as evidence of outdated findings.
// Go prints them as RFC 3339 in UTC to the second: as seconds they take 5 bytes, not 20.
import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';

const NONE = 0;
const VERBATIM = 1;
const SECONDS = 2;
const UTC_SECOND = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
/** 10000-01-01T00:00:00Z: four-digit years only. */
const END = 253_402_300_800;

function seconds(time: string): number | null {
  if (!UTC_SECOND.test(time)) return null;
  const ms = Date.parse(time);
  // Only a time that prints back to the same text (no 24:00, no 31 February) is coded as seconds.
  return ms >= 0 && new Date(ms).toISOString() === time.replace('Z', '.000Z') ? ms / 1000 : null;
}

/** Writes a release time (or its absence). */
export function writeReleaseTime(w: ByteWriter, time: string | undefined) {
  if (time === undefined) return w.uint(NONE);
  const s = seconds(time);
  if (s === null) {
    w.uint(VERBATIM);
    w.string(time);
  } else w.uint(SECONDS + s);
}

/** Reads what writeReleaseTime wrote. */
export function readReleaseTime(r: ByteReader): string | undefined {
  const code = r.uint();
  if (code === NONE) return undefined;
  if (code === VERBATIM) return r.string();
  if (code - SECONDS >= END) throw new ShareFormatError(`release time ${code - SECONDS} is past the year 9999`);
  return new Date((code - SECONDS) * 1000).toISOString().replace('.000Z', 'Z');
}
