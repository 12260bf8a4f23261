// Share links: `#g=<version>.<base64url(data)>`, data = varint n, n bytes of
// pseudo-version hashes (random: deflate cannot shrink them), then
// deflate(payload) with the preset dictionary. The data lives in the URL
// fragment, never sent to a server; decoding treats it as hostile.
import { deflateSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { ByteReader, ByteWriter, ShareFormatError } from './bytes';
import { SHARE_DICTIONARY } from './dictionary';
import { inflateCapped } from './inflate';
import { DEFAULT_SHARE_LIMITS, SHARE_FORMAT_VERSION, type ShareLimits } from './limits';
import { readPayload, writePayload } from './payload';
import type { ShareSnapshot } from './snapshot';

export type { ShareLimits } from './limits';
export { DEFAULT_SHARE_LIMITS, SHARE_FORMAT_VERSION } from './limits';
export type { ShareGoMod, ShareImport, ShareModule, ShareSnapshot } from './snapshot';
export { snapshotFromGraph } from './snapshot';
export type { ShareInput } from './inputs';
export type { ShareView } from './view';
export { normalizeView } from './view';
export { graphFromSnapshot } from './rebuild';

export type DecodeResult = { ok: true; snapshot: ShareSnapshot } | { ok: false; error: string };

/** The link fragment for a snapshot, without the leading `#`: `g=4.<data>`. */
export function encodeShare(snapshot: ShareSnapshot): string {
  const { payload, hashes } = writePayload(snapshot);
  const data = new ByteWriter();
  data.uint(hashes.length);
  data.bytes(hashes);
  data.bytes(deflateSync(payload, { level: 9, dictionary: SHARE_DICTIONARY }));
  return `g=${SHARE_FORMAT_VERSION}.${toBase64Url(data.finish())}`;
}

/** Decodes a fragment (with or without `#`); never throws: anything malformed or past the limits is an error message. */
export function decodeShare(fragment: string, limits: Partial<ShareLimits> = {}): DecodeResult {
  const lim: ShareLimits = { ...DEFAULT_SHARE_LIMITS, ...limits };
  try {
    if (typeof fragment !== 'string') return fail('the link is not text');
    if (fragment.length > lim.maxFragmentChars) return fail(`the link has ${fragment.length} characters, more than the limit of ${lim.maxFragmentChars}`);
    const m = /^#?g=(\d{1,6})\.(.*)$/s.exec(fragment);
    if (!m) return fail('this is not a gotopo topology link (expected #g=<version>.<data>)');
    const version = Number(m[1]);
    if (version > SHARE_FORMAT_VERSION) return fail(`this link was made by a newer gotopo (link format ${version}; this one reads format ${SHARE_FORMAT_VERSION}): open it with the latest gotopo`);
    // Older formats are not read: keeping their decoders would double this directory's code, and
    // format 3 lacks the module facts from packages, so its analyses would differ from the sender's.
    if (version >= 1 && version < SHARE_FORMAT_VERSION) return fail(`this link was made by an older gotopo (link format ${version}), which this one no longer reads: ask for a new link`);
    if (version !== SHARE_FORMAT_VERSION) return fail(`link format ${version} is not known (this gotopo reads format ${SHARE_FORMAT_VERSION})`);
    const data = fromBase64Url(m[2]);
    if (typeof data === 'string') return fail(`the link is damaged: ${data}`);
    const r = new ByteReader(data, 0);
    const hashes = r.bytes(r.uint());
    const payload = inflateCapped(r.rest(), lim.maxDecompressedBytes, SHARE_DICTIONARY);
    if (typeof payload === 'string') return fail(`the link is damaged: ${payload}`);
    return { ok: true, snapshot: readPayload(payload, hashes, lim) };
  } catch (e) {
    if (e instanceof ShareFormatError) return fail(`the link is damaged: ${e.message}`);
    if (e instanceof SyntaxError) return fail('the link is damaged: its view state is not valid JSON');
    return fail(`the link could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fail(error: string): DecodeResult {
  return { ok: false, error };
}
