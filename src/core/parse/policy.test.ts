import { describe, expect, it, vi } from 'vitest';
import { MAX_POLICY_CHARS, MAX_POLICY_DEPTH } from './limits';
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

describe('parsePolicy on hostile YAML', () => {
  const messages = (text: string) => parse(text).diagnostics.map((d) => d.message.replace(/^line \d+, column \d+ \(offset \d+\): /, ''));

  it('refuses aliases before expanding them (a billion-laughs chain of 4,000 anchors)', () => {
    const lines = ['allowed_modules: []', 'a0: &a0 [x, x]'];
    for (let i = 1; i <= 4000; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    const { policy, diagnostics } = parse(lines.join('\n'));
    expect(policy).toBeNull();
    expect(diagnostics).toMatchObject([{ level: 'error', line: 3, message: expect.stringContaining('the policy uses the YAML alias *a0; gotopo does not expand aliases in a policy') }]);
  });

  it(`refuses nesting deeper than ${MAX_POLICY_DEPTH} levels, in its own words even where the YAML library overflows the stack`, () => {
    const tooDeep = `the policy nests deeper than ${MAX_POLICY_DEPTH} levels; a policy needs 3 (a list of entries with keys)`;
    expect(messages(`allowed_modules: []\nx: ${'['.repeat(MAX_POLICY_DEPTH + 1)}${']'.repeat(MAX_POLICY_DEPTH + 1)}\n`)).toEqual([tooDeep]);
    // Deep enough to overflow the library's recursive parser: it reports "Maximum call stack size exceeded".
    expect(messages(`allowed_modules: []\nx: ${'['.repeat(10_000)}\n`)).toEqual([tooDeep]);
  });

  it('reports duplicate keys in linear time (20,000 keys took 15 s in the library)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const { diagnostics } = parse(`allowed_modules: []\n${keys}\nk7: 2\n`);
    expect(diagnostics.at(-1)?.message).toContain('map keys must be unique, found "k7" a second time');
    expect(messages('allowed_modules:\n  - name: a\n    name: b\n')).toEqual(['expected valid YAML: map keys must be unique, found "name" a second time']);
  });

  it('refuses a policy over MAX_POLICY_CHARS', () => {
    expect(messages(`allowed_modules: []\n#${'x'.repeat(MAX_POLICY_CHARS)}\n`)).toEqual([
      'this policy (detected by its "allowed_modules" key) is 1.0 MB; gotopo reads policies of at most 1.0 MB: is it really a policy?',
    ]);
  });

  it("turns the library's warnings into diagnostics and prints nothing", () => {
    const emitWarning = vi.spyOn(process, 'emitWarning');
    const warn = vi.spyOn(console, 'warn');
    try {
      expect(messages('allowed_modules: !foo []\n? [a, b]\n: 1\n')).toEqual([
        'YAML: Unresolved tag: !foo',
        'unknown policy key "[ a, b ]" ignored; expected one of allowed_modules, forbidden_modules, unlisted, max_depth, max_modules',
      ]);
      expect(emitWarning).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
      warn.mockRestore();
    }
  });
});
