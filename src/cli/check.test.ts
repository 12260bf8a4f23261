// gotopo check: policy violations fail the step (exit 1), a clean graph passes,
// a broken policy is a user error (exit 2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './test-io';

const GIN = fixtures('gin', 'modgraph.txt', 'golist-m.json', 'go.mod');
const dir = mkdtempSync(join(tmpdir(), 'gotopo-check-'));

function policyFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ALLOW_ALL = policyFile('allow-all.yaml', 'allowed_modules:\n  - name: "**"\nunlisted: all\n');
const STRICT = policyFile('strict.yaml', 'allowed_modules:\n  - name: github.com/stretchr/testify\n    version: "^1.8.0"\nforbidden_modules: [golang.org/x/net]\nunlisted: listed\n');

describe('gotopo check', () => {
  it('exits 0 when nothing violates the policy', async () => {
    const { code, stdout, stderr } = await runCli(['check', ...GIN, '--policy', ALLOW_ALL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`gotopo check: 38 modules, no violations of ${ALLOW_ALL}\n`);
  });

  it('exits 1 and prints one line per violation, then a summary', async () => {
    const { code, stdout } = await runCli(['check', ...GIN, '--policy', STRICT]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^error {4}golang\.org\/x\/net {2}golang\.org\/x\/net@v0\.10\.0 is forbidden by the policy; fix: go get golang\.org\/x\/net@none$/);
    expect(lines.at(-1)).toBe(`gotopo check: 1 violation of ${STRICT} (1 error, 0 warnings) in 38 modules`);
  });

  it('--format json prints gotopo.check/v1', async () => {
    const { code, stdout } = await runCli(['check', ...GIN, '--policy', STRICT, '--format', 'json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['schema', 'policy', 'modules', 'counts', 'violations']);
    expect(out.schema).toBe('gotopo.check/v1');
    expect(out.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(out.violations[0]).toMatchObject({ kind: 'policy-violation', modules: ['golang.org/x/net'], caveat: null });
  });

  it('a broken policy is a user error naming its line', async () => {
    const broken = policyFile('broken.yaml', 'allowed_modules:\n  - name: golang.org/x/net\n    version: [1, 2]\n');
    const { code, stderr } = await runCli(['check', ...GIN, '--policy', broken]);
    expect(code).toBe(2);
    expect(stderr.startsWith(`gotopo: policy ${broken}: line 3, column 14 (offset 57): allowed_modules[0] (golang.org/x/net): "version" must be a string`)).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a file that is not a policy is a user error', async () => {
    const { code, stderr } = await runCli(['check', ...GIN, '--policy', GIN[0]]);
    expect(code).toBe(2);
    expect(stderr).toBe(`gotopo: "${GIN[0]}" is not a policy - expected YAML with an allowed_modules list (gotopo help check)\n`);
  });
});
