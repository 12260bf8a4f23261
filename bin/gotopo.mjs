#!/usr/bin/env node
// The installed `gotopo` command: runs the CLI bundle built by `npm run build:cli`.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const bundle = new URL('../dist-cli/gotopo.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('gotopo: the CLI is not built - run npm run build:cli in the gotopo package (or npm run cli -- ARGS from the repository)\n');
  process.exit(2);
}
await import(bundle.href);
