// Bounds on what a share link may make the decoder do: links come from strangers.

/**
 * The payload format this build writes and reads (the `<version>` in `#g=<version>.<data>`).
 * 2: preset deflate dictionary, numeric versions, versions relative to their module.
 * 3: version edges per node, in the breadth-first order of `go mod graph` (version-edges.ts).
 * 4: the module facts from packages and go mod why (package-facts.ts) and the package count,
 *    so that a link gives the analyses the sender saw.
 */
export const SHARE_FORMAT_VERSION = 4;

export interface ShareLimits {
  /** Characters of the fragment; chat apps and browsers cut far earlier. */
  maxFragmentChars: number;
  /** Bytes after inflating: caps memory whatever the compressed data claims. */
  maxDecompressedBytes: number;
  maxModules: number;
  /** Each of: version edges, import edges, requirement edges. */
  maxEdges: number;
  /** Distinct version strings. */
  maxVersions: number;
  /** UTF-8 bytes of any one string (path, version, message, view value). */
  maxStringLength: number;
}

/** Far above real projects (cri-o: 459 modules), far below what could hurt a tab. */
export const DEFAULT_SHARE_LIMITS: ShareLimits = {
  maxFragmentChars: 4_000_000,
  maxDecompressedBytes: 32 * 1024 * 1024,
  maxModules: 100_000,
  maxEdges: 2_000_000,
  maxVersions: 500_000,
  maxStringLength: 8_192,
};
