import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures';
import { parseGovulncheck } from './govulncheck';
import { splitJsonStream } from './json-stream';
import { Diagnostics, wholeText } from './text';

function parse(text: string) {
  const diags = new Diagnostics(text, 'test');
  return { report: parseGovulncheck(splitJsonStream(wholeText(text), diags).pieces, diags), diagnostics: diags.list };
}

describe('parseGovulncheck on real output', () => {
  it.each([
    ['gin', 'govulncheck.json', 239, 224, 237, 17, 'symbol'],
    ['syncthing', 'govulncheck.json', 254, 239, 156, 62, 'package'],
    ['syncthing', 'govulncheck-symbol-go1.19.json', 254, 239, 994, 62, 'symbol'],
  ])('%s/%s: %i osv (%i ids), %i findings', (project, file, osv, ids, findings, sbomModules, level) => {
    const { report, diagnostics } = parse(readFixture(project, file));
    expect(diagnostics).toEqual([]);
    expect(report.osv).toHaveLength(osv);
    expect(new Set(report.osv.map((o) => o.id)).size).toBe(ids);
    expect(report.findings).toHaveLength(findings);
    expect(report.sbom?.modules).toHaveLength(sbomModules);
    expect(report.config).toMatchObject({ scannerVersion: 'v1.1.4', scanLevel: level, dbLastModified: '2026-08-21T20:38:00Z' });
  });

  it('keeps findings at every level: gin has 86 module, 54 package, 97 symbol findings', () => {
    const { findings } = parse(readFixture('gin', 'govulncheck.json')).report;
    const level = (f: (typeof findings)[number]) => (f.trace[0]?.function ? 'symbol' : f.trace[0]?.package ? 'package' : 'module');
    expect(findings.filter((f) => level(f) === 'module')).toHaveLength(86);
    expect(findings.filter((f) => level(f) === 'package')).toHaveLength(54);
    expect(findings.filter((f) => level(f) === 'symbol')).toHaveLength(97);
    expect(Math.max(...findings.map((f) => f.trace.length))).toBe(13);
    expect(new Set(findings.map((f) => f.trace[0].module)).size).toBe(6);
  });
});

describe('parseGovulncheck on small cases', () => {
  it('reads osv ranges, imports and finding frames', () => {
    const text = [
      '{"progress":{"message":"Scanning"}}',
      '{"osv":{"id":"GO-2099-0001","aliases":["CVE-2099-1"],"summary":"Deadlock","withdrawn":"2099-02-01T00:00:00Z","affected":[{"package":{"name":"github.com/acme/log","ecosystem":"Go"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}],"ecosystem_specific":{"imports":[{"path":"github.com/acme/log","symbols":["Info"],"goos":["linux"]}]}}]}}',
      '{"finding":{"osv":"GO-2099-0001","fixed_version":"v1.3.0","trace":[{"module":"github.com/acme/log","version":"v1.2.0","package":"github.com/acme/log","function":"Info","receiver":"*L","position":{"filename":"log.go","offset":3,"line":19,"column":14}}]}}',
    ].join('\n');
    const { report } = parse(text);
    expect(report.osv).toEqual([
      {
        id: 'GO-2099-0001',
        aliases: ['CVE-2099-1'],
        summary: 'Deadlock',
        withdrawn: '2099-02-01T00:00:00Z',
        affected: [{ module: 'github.com/acme/log', ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }], imports: [{ path: 'github.com/acme/log', symbols: ['Info'], goos: ['linux'] }] }],
      },
    ]);
    expect(report.findings).toEqual([
      {
        osv: 'GO-2099-0001',
        fixedVersion: 'v1.3.0',
        trace: [{ module: 'github.com/acme/log', version: 'v1.2.0', package: 'github.com/acme/log', function: 'Info', receiver: '*L', position: { filename: 'log.go', line: 19, column: 14 } }],
      },
    ]);
  });
});
