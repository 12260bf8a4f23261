// How big a link is next to the usual way of sending the same data (DESIGN 7: size is a feature).
import type { GoGraph } from '../model/types';
import { encodeShare } from './index';
import { snapshotFromGraph } from './snapshot';

/** Sizes of one graph's link against a baseline. */
export interface LinkSizeReport {
  linkChars: number;
  baselineChars: number;
  /** linkChars / baselineChars: the target is at most 0.5. */
  ratio: number;
}

/** base64 characters of `bytes` bytes (padded), to size a baseline the caller compressed. */
export function base64Chars(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** Link size (graph only, empty view) against `baselineChars`, e.g. base64(gzip(go mod graph text)). */
export function linkSizeReport(graph: GoGraph, baselineChars: number): LinkSizeReport {
  const linkChars = encodeShare(snapshotFromGraph(graph, {})).length;
  return { linkChars, baselineChars, ratio: baselineChars > 0 ? linkChars / baselineChars : Infinity };
}
