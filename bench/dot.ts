// The Graphviz baseline: dot -Tsvg on the module graph gotopo draws, capped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DOT = '/usr/bin/dot';
// dot runs one graph at a time; the 3,000-module graph never ended within 300 s here, and
// stopped at 120 s its figure still bounds the speed-up from below.
export const DOT_CAP_MS = Number(process.env.BENCH_DOT_CAP_MS ?? 120_000);

export interface DotTime {
  /** null when dot is not installed. */
  ms: number | null;
  /** It ran into the cap and was stopped. */
  capped: boolean;
  note?: string;
}

/** Time of `dot -Tsvg` on the text, stopped at DOT_CAP_MS. */
export function timeDot(dotText: string): Promise<DotTime> {
  if (!existsSync(DOT)) return Promise.resolve({ ms: null, capped: false, note: 'Graphviz not installed: no dot baseline' });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(DOT, ['-Tsvg', '-o', '/dev/null'], { stdio: ['pipe', 'ignore', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), DOT_CAP_MS);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      if (signal === 'SIGKILL') resolve({ ms: DOT_CAP_MS, capped: true, note: `> ${DOT_CAP_MS / 1000} s (stopped)` });
      else if (code !== 0) resolve({ ms: null, capped: false, note: `dot failed: ${err.trim().split('\n')[0]}` });
      else resolve({ ms, capped: false });
    });
    child.stdin.end(dotText);
  });
}
