// What the bench ran on, printed with its figures.
import { cpus, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';

export function machine(chromiumVersion: string) {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion,
    node: process.version,
  };
}
