import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import type { Policy } from '../parse/types';
import { readFixture } from '../test-support/fixtures';
import { moduleGlob } from './module-glob';
import { checkPolicy } from './policy';

const POLICY = `
allowed_modules:
  - name: github.com/bytedance/sonic
    version: "^1.9.0"
  - name: github.com/gin-contrib/sse
    version: "~0.1.0"
  - name: github.com/go-playground/validator/v10
    version: ">=10.15.0"
  - name: golang.org/x/net
    version: "v0.17.0 || v0.18.0"
    security_audited: true
  - name: google.golang.org/protobuf
    version: "^1.30.0"
    critical: true
  - name: gopkg.in/yaml.v3
    version: "^2.0.0"
    critical: true
  - name: github.com/stretchr/**
  - name: golang.org/x/*
forbidden_modules: ["github.com/goccy/**", "rsc.io/*"]
unlisted: direct
max_depth: 2
max_modules: 30
`;

function gin(policy = POLICY) {
  return loadSources(['go.mod', 'modgraph.txt', 'golist-m.json'].map((name) => ({ name, text: readFixture('gin', name) })).concat({ name: 'policy.yaml', text: policy }));
}

// Independent requirement depths: BFS over go mod graph lines out of the main module and the selected versions.
function rawDepths(modgraph: string): Map<string, number> {
  const lines = modgraph.trim().split('\n').map((l) => l.split(' '));
  const selected = new Map<string, string>();
  for (const node of lines.flat()) {
    const [path, version] = node.split('@');
    if (version && path !== 'go' && path !== 'toolchain' && (!selected.has(path) || version > selected.get(path)!)) selected.set(path, version);
  }
  const depth = new Map([[lines[0][0], 0]]);
  for (let frontier = [lines[0][0]], d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const [from, to] of lines) {
      const [fromPath, fromVersion] = from.split('@');
      const [toPath] = to.split('@');
      if (!frontier.includes(fromPath) || (fromVersion && selected.get(fromPath) !== fromVersion) || depth.has(toPath) || toPath === 'go') continue;
      depth.set(toPath, d);
      next.push(toPath);
    }
    frontier = next;
  }
  return depth;
}

describe('checkPolicy on gin', () => {
  const findings = checkPolicy(gin());
  const about = (path: string) => findings.filter((f) => f.modules[0] === path);

  it('reports a version outside a plain constraint as a warning, with a go get into the range', () => {
    const [f] = about('github.com/go-playground/validator/v10');
    expect(f).toMatchObject({ kind: 'policy-violation', severity: 'warning', fix: 'go get github.com/go-playground/validator/v10@v10.15.0' });
    expect(f.message).toContain('v10.14.0 is outside the allowed versions ">=10.15.0"');
    expect(f.evidence).toContain('go.mod lists it as a direct requirement');
  });

  it('reports a security-audited module at an unaudited version as an error', () => {
    const [f] = about('golang.org/x/net');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('golang.org/x/net@v0.10.0 is not covered by its security audit (audited: "v0.17.0 || v0.18.0")');
    expect(f.fix).toBe('go get golang.org/x/net@v0.18.0');
  });

  it('reports a critical module outside its range as an error; accepts modules inside theirs', () => {
    expect(about('gopkg.in/yaml.v3')).toMatchObject([{ severity: 'error', message: expect.stringContaining('(critical module)') }]);
    for (const ok of ['github.com/bytedance/sonic', 'github.com/gin-contrib/sse', 'google.golang.org/protobuf', 'github.com/stretchr/testify', 'golang.org/x/sys']) {
      expect(about(ok).filter((f) => !f.message.includes('deep'))).toEqual([]);
    }
  });

  it('reports forbidden modules (globs) as errors with go get m@none', () => {
    const forbidden = findings.filter((f) => f.message.includes('forbidden'));
    expect(forbidden.map((f) => [f.modules[0], f.severity, f.fix])).toEqual([
      ['github.com/goccy/go-json', 'error', 'go get github.com/goccy/go-json@none'],
      ['rsc.io/pdf', 'error', 'go get rsc.io/pdf@none'],
    ]);
  });

  it('unlisted: direct flags exactly the direct requirements of go.mod that no rule allows', () => {
    const direct = [...readFixture('gin', 'go.mod').matchAll(/^\t(\S+) v\S+$/gm)].map((m) => m[1]);
    const allowed = (p: string) => POLICY.includes(`name: ${p}\n`) || p.startsWith('github.com/stretchr/') || /^golang\.org\/x\/[^/]+$/.test(p);
    const unlisted = findings.filter((f) => f.message.includes('allow list')).map((f) => f.modules[0]);
    expect(unlisted).toEqual(direct.filter((p) => !allowed(p)).sort());
    expect(unlisted).toHaveLength(5);
  });

  it('unlisted: all flags every module no rule allows; listed flags none', () => {
    const all = checkPolicy(gin(POLICY.replace('unlisted: direct', 'unlisted: all'))).filter((f) => f.message.includes('allow list'));
    const graph = gin();
    const allowed = new Set(['github.com/bytedance/sonic', 'github.com/gin-contrib/sse', 'github.com/go-playground/validator/v10', 'google.golang.org/protobuf', 'gopkg.in/yaml.v3']);
    const expected = graph.modules.filter((m) => !m.main && !allowed.has(m.path) && !m.path.startsWith('github.com/stretchr/') && !m.path.startsWith('golang.org/x/'));
    expect(all.map((f) => f.modules[0])).toEqual(expected.map((m) => m.path));
    expect(checkPolicy(gin(POLICY.replace('unlisted: direct', 'unlisted: listed'))).filter((f) => f.message.includes('allow list'))).toEqual([]);
  });

  it('max_depth flags the modules deeper than allowed, by BFS over the selected requirement graph', () => {
    const deep = [...rawDepths(readFixture('gin', 'modgraph.txt'))].filter(([, d]) => d > 2).map(([p]) => p).sort();
    expect(deep.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.message.includes('requirements deep')).map((f) => f.modules[0]).sort()).toEqual(deep);
  });

  it('max_modules counts the modules besides the main one', () => {
    const listed = readFixture('gin', 'golist-m.json').match(/^\t"Path"/gm)!.length - 1;
    expect(findings.filter((f) => f.message.includes('modules in the build list'))).toMatchObject([
      { modules: ['github.com/gin-gonic/gin'], message: `${listed} modules in the build list; the policy allows at most 30` },
    ]);
  });
});

describe('checkPolicy edge cases', () => {
  const base: Policy = { allowedModules: [], forbiddenModules: [], unlisted: 'listed' };

  it('turns a bad constraint and an audit without a version into errors about the policy', () => {
    const graph = gin();
    const findings = checkPolicy(graph, { ...base, allowedModules: [{ name: 'golang.org/x/net', version: '~>1.2' }, { name: 'golang.org/x/sys', securityAudited: true }] });
    expect(findings.map((f) => [f.severity, f.modules[0], f.message.split(':')[0]])).toEqual([
      ['error', 'golang.org/x/net', 'policy'],
      ['error', 'golang.org/x/sys', 'policy'],
    ]);
  });

  it('matches forbidden globs against the replacement too (syncthing replaces gobwas/glob by calmh/glob)', () => {
    const graph = loadSources([{ name: 'golist-m.json', text: readFixture('syncthing', 'golist-m.json') }]);
    const findings = checkPolicy(graph, { ...base, forbiddenModules: ['github.com/calmh/gl*'] });
    expect(findings.map((f) => f.modules[0])).toEqual(['github.com/gobwas/glob']);
    expect(findings[0].evidence).toContain('forbidden_modules: github.com/calmh/gl*');
    expect(findings[0].evidence).toContain('replaced by github.com/calmh/glob@v0.0.0-20220615080505-1d823af5017b');
  });

  it('returns nothing without a policy', () => {
    expect(checkPolicy(loadSources([{ name: 'modgraph.txt', text: readFixture('gin', 'modgraph.txt') }]))).toEqual([]);
  });
});

describe('moduleGlob', () => {
  it.each([
    ['github.com/*/errors', 'github.com/pkg/errors', true],
    ['github.com/*', 'github.com/pkg/errors', false],
    ['github.com/**', 'github.com/pkg/errors', true],
    ['gopkg.in/yaml.v*', 'gopkg.in/yaml.v3', true],
    ['gopkg.in/yaml.v*', 'gopkg.in/yamlxv3', false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(moduleGlob(glob).test(path)).toBe(expected);
  });
});
