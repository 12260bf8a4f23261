// gotopo mermaid and dot: scopes, refusal past Mermaid's limits, bad scopes.
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './test-io';

const GIN = fixtures('gin', 'modgraph.txt', 'golist-m.json', 'go.mod');
const SYNCTHING = fixtures('syncthing', 'modgraph.txt', 'golist-m.json', 'go.mod');
const BEARER = fixtures('committed-real/bearer', 'modgraph.txt', 'golist-m.json', 'go.mod');

describe('gotopo mermaid', () => {
  it('draws gin top-down', async () => {
    const { code, stdout, stderr } = await runCli(['mermaid', ...GIN]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('graph TD');
    expect(stdout).toContain('github.com/gin-gonic/gin');
  });

  it('--direction LR, --owners and a module scope', async () => {
    const { code, stdout } = await runCli(['mermaid', ...GIN, '--direction', 'LR', '--owners', '--scope', 'module:golang.org/x/net:1']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('graph LR');
    expect(stdout).toContain('subgraph');
    expect(stdout).toContain('golang.org/x/net');
    expect(stdout).not.toContain('github.com/bytedance/sonic');
  });

  it('top:N keeps N modules', async () => {
    const { stdout } = await runCli(['mermaid', ...GIN, '--scope', 'top:3']);
    expect(stdout.match(/^ {2}m\w+\["/gm)).toHaveLength(3);
  });

  it('path:PATH draws the shortest requirement paths', async () => {
    const { code, stdout } = await runCli(['mermaid', ...GIN, '--scope', 'path:golang.org/x/sys']);
    expect(code).toBe(0);
    expect(stdout).toContain('github.com/gin-gonic/gin');
    expect(stdout).toContain('golang.org/x/sys');
  });

  it('past the limits: exit 1, the reason and scopes that fit, which then work', async () => {
    const big = await runCli(['mermaid', ...BEARER]);
    expect(big.code).toBe(1);
    expect(big.stdout).toBe('');
    expect(big.stderr).toMatch(/^gotopo: the diagram is too big for Mermaid \(.*\) - use a smaller scope:\n/);
    const flags = /^ {2}(--scope \S+)/m.exec(big.stderr)![1].split(' ');
    const small = await runCli(['mermaid', ...BEARER, ...flags]);
    expect(small.code).toBe(0);
  });

  it.each([
    ['top:0', '"top:0" is not a valid scope - write top:N'],
    ['module:example.com/nope', '"example.com/nope" is not a module of this graph - use a module path as go list -m prints it'],
    ['module:x/net', '"x/net" is not a module of this graph - did you mean golang.org/x/net?'],
    ['module:golang.org/x/net:1000', '"1000" is not a valid hop count'],
    ['path:', '"path:" names no module'],
    ['everything', '"everything" is not a scope - use all, top:N'],
  ])('--scope %s exits 2', async (scope, message) => {
    const { code, stderr } = await runCli(['mermaid', ...GIN, '--scope', scope]);
    expect(code).toBe(2);
    expect(stderr).toContain(`gotopo: ${message}`);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('gotopo dot', () => {
  it('prints a digraph of any size', async () => {
    const { code, stdout } = await runCli(['dot', ...SYNCTHING, '--scope', 'all']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^digraph gotopo \{\n {2}rankdir=TB;/);
    expect(stdout).toContain('"github.com/syncthing/syncthing"');
  });
});
