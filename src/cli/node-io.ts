// The real host: process streams, the file system, the package version.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CliIo } from './io';

/** CliIo over process.stdout/stderr/stdin and node:fs. */
export function nodeIo(): CliIo {
  return {
    version: packageVersion(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
      return Buffer.concat(chunks);
    },
    readFile: (path) => readFile(path),
  };
}

// package.json is one level up from dist-cli/gotopo.mjs and two from src/cli/node-io.ts (tsx).
function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'gotopo' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there from this location: try the next one.
    }
  }
  return 'unknown';
}
