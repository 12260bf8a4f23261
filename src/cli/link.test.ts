// gotopo link: a fragment alone, or a full URL with --base; decodes to the same modules.
import { describe, expect, it } from 'vitest';
import { decodeShare } from '../core/share';
import { fixtures, runCli } from './test-io';

const GIN = fixtures('gin', 'modgraph.txt', 'golist-m.json', 'go.mod');

describe('gotopo link', () => {
  it('prints the #g= fragment alone, which decodes to the loaded modules', async () => {
    const { code, stdout } = await runCli(['link', ...GIN]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#g=\d+\.[A-Za-z0-9_-]+\n$/);
    const decoded = decodeShare(stdout.trim());
    expect(decoded.ok && decoded.snapshot.modules.length).toBe(39);
  });

  it('--base puts it after the site address, replacing any fragment', async () => {
    const { stdout } = await runCli(['link', ...GIN, '--base', 'https://example.org/gotopo/#old']);
    expect(stdout).toMatch(/^https:\/\/example\.org\/gotopo\/#g=\d+\./);
  });

  it('a --base that is not a URL exits 2', async () => {
    const { code, stderr } = await runCli(['link', ...GIN, '--base', 'example.org']);
    expect(code).toBe(2);
    expect(stderr).toBe('gotopo: "example.org" is not a URL - use the address of a gotopo site, e.g. https://example.org/gotopo/\n');
  });
});
