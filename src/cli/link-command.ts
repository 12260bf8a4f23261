// gotopo link: the share link of the loaded topology (data in the URL fragment).
import { encodeShare, snapshotFromGraph } from '../core/share';
import { stringOption, UsageError, type CommandOptions } from './args';
import type { CliIo } from './io';
import { loadInputs } from './read-inputs';

/** Prints `#g=...` alone, or appended to --base. */
export async function linkCommand(files: readonly string[], options: CommandOptions, io: CliIo): Promise<number> {
  const base = stringOption(options.base);
  const prefix = base === undefined ? '' : baseUrl(base);
  const graph = await loadInputs(files, io, 'link');
  io.stdout(`${prefix}#${encodeShare(snapshotFromGraph(graph, {}))}\n`);
  return 0;
}

// The site's address without any fragment of its own: the link's fragment replaces it.
function baseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`"${text}" is not a URL - use the address of a gotopo site, e.g. https://example.org/gotopo/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
    throw new UsageError(`"${text}" is not a web address - use an http(s) URL, e.g. https://example.org/gotopo/`);
  }
  url.hash = '';
  return url.href;
}
