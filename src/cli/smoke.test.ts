// The real entry point in a subprocess: tsx, process exit codes, EPIPE-free output.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../core/test-support/fixtures';

const tsx = ['tsx', 'src/cli/main.ts'];

describe('npx tsx src/cli/main.ts', () => {
  it('--version', () => {
    expect(execFileSync('npx', [...tsx, '--version'], { encoding: 'utf8' })).toMatch(/^gotopo \d+\.\d+\.\d+\n$/);
  });

  it('exit 2 and one line for a missing file', () => {
    const r = spawnSync('npx', [...tsx, 'analyze', 'missing.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gotopo: cannot read "missing.txt": no such file\n');
  });

  it('reads standard input', () => {
    const r = spawnSync('npx', [...tsx, 'analyze', '-', '--format', 'markdown'], { encoding: 'utf8', input: readFixture('gin', 'modgraph.txt') });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('**39 modules**');
  });
});

