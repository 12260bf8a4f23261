import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { Diagnostics, wholeText } from './text';
import { parseVendorModules } from './vendor-modules';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { modules: parseVendorModules(wholeText(text), diags), diagnostics: diags.list };
}

describe('parseVendorModules', () => {
  it('reads the 459 modules of cri-o with their packages', () => {
    const text = readFixture('cri-o', 'vendor-modules.txt');
    const { modules, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(modules).toHaveLength(459);
    expect(modules.filter((m) => m.explicit)).toHaveLength(text.match(/^## explicit/gm)?.length ?? 0);
    const packageLines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    expect(modules.reduce((n, m) => n + m.packages.length, 0)).toBe(packageLines);
    expect(modules.find((m) => m.path === 'k8s.io/api')?.replace).toEqual({
      path: 'k8s.io/kubernetes/staging/src/k8s.io/api',
      version: 'v0.0.0-20221208195143-b46a3f887ca9',
    });
  });

  it('handles workspace, annotations, spaces in replacements and trailing wildcard lines', () => {
    const text = [
      '## workspace',
      '# github.com/acme/color v1.1.0 => ./third party/color',
      '## explicit; go 1.17',
      'github.com/acme/color',
      '# github.com/acme/http v1.4.1 => github.com/fork/http v1.4.2',
      '## explicit',
      'github.com/acme/http',
      'github.com/acme/http/middleware',
      '# github.com/acme/color => ./third party/color',
    ].join('\n');
    expect(parse(text).modules).toEqual([
      { path: 'github.com/acme/color', version: 'v1.1.0', replace: { path: './third party/color' }, explicit: true, goVersion: '1.17', packages: ['github.com/acme/color'] },
      { path: 'github.com/acme/http', version: 'v1.4.1', replace: { path: 'github.com/fork/http', version: 'v1.4.2' }, explicit: true, packages: ['github.com/acme/http', 'github.com/acme/http/middleware'] },
      { path: 'github.com/acme/color', replace: { path: './third party/color' }, explicit: false, packages: [] },
    ]);
  });
});
