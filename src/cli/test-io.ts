// Tests only: runs the CLI in-process with captured output and the real file system.
import { readFile } from 'node:fs/promises';
import { fixturePath } from '../core/test-support/fixtures';
import type { CliIo } from './io';
import { run } from './run';

/** The outcome of one in-process run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `gotopo ...argv`; `stdin` is what `-` reads. */
export async function runCli(argv: string[], stdin: string | Uint8Array = ''): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    version: '0.0.0-test',
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    readFile: (path) => readFile(path),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Absolute paths of fixture files of one project. */
export function fixtures(project: string, ...files: string[]): string[] {
  return files.map((f) => fixturePath(project, f));
}
