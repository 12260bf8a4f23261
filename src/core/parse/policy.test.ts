import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'policy.yaml');
  return { policy: parsePolicy(wholeText(text), diags), diagnostics: diags.list };
}

describe('parsePolicy', () => {
  it('reads rules, globs, unlisted and limits', () => {
    const text = [
      'allowed_modules:',
      '  - name: github.com/gin-gonic/gin',
      '    version: ">=v1.9.0"',
      '    critical: true',
      '    security_audited: false',
      '  - golang.org/x/net',
      'forbidden_modules: ["github.com/evil/*"]',
      'unlisted: all',
      'max_depth: 6',
      'max_modules: 200',
    ].join('\n');
    expect(parse(text)).toEqual({
      policy: {
        allowedModules: [{ name: 'github.com/gin-gonic/gin', version: '>=v1.9.0', critical: true, securityAudited: false }, { name: 'golang.org/x/net' }],
        forbiddenModules: ['github.com/evil/*'],
        unlisted: 'all',
        maxDepth: 6,
        maxModules: 200,
      },
      diagnostics: [],
    });
  });

  it('defaults unlisted to direct', () => {
    expect(parse('allowed_modules: []\n').policy).toEqual({ allowedModules: [], forbiddenModules: [], unlisted: 'direct' });
  });

  it('names the entry of each validation problem, with its line', () => {
    const text = 'allowed_modules:\n  - name: a\n    critical: yes\n  - version: v1\n  - name: b\n    version: 1.2\nunlisted: some\nmax_depth: -1\n';
    const { policy, diagnostics } = parse(text);
    expect(policy?.allowedModules.map((r) => r.name)).toEqual(['a', 'b']);
    expect(diagnostics.map((d) => [d.line, d.message.replace(/^line \d+, column \d+ \(offset \d+\): /, '')])).toEqual([
      [3, 'allowed_modules[0] (a): "critical" must be true or false, got "yes"'],
      [4, 'allowed_modules[1]: expected an entry with a "name" (a module path), got {"version":"v1"}; skipped it'],
      [6, 'allowed_modules[2] (b): "version" must be a string (quote it, e.g. ">=v1.2.0"), got 1.2'],
      [7, 'unlisted: expected one of direct, all, listed, got "some"; using "direct"'],
      [8, 'max_depth: expected a whole number of 0 or more, got -1'],
    ]);
  });

  it('reports broken YAML and a missing allowed_modules list', () => {
    expect(parse('allowed_modules: [a\n').diagnostics[0].level).toBe('error');
    expect(parse('allowed_modules: 3\n').diagnostics[0].message).toContain('expected a policy with an "allowed_modules" list');
  });
});
