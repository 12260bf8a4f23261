import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import { readFixture } from '../test-support/fixtures';
import { isAffected } from './osv-affects';
import { vulnFindings } from './vuln-findings';
import { summarizeVulns } from './vulns';

interface RawFrame { module: string; version?: string; package?: string; function?: string }
interface RawMessage {
  config?: { go_version: string };
  SBOM?: { modules: { path: string; version?: string }[] };
  osv?: { id: string };
  finding?: { osv: string; fixed_version?: string; trace: RawFrame[] };
}

// Independent reading: govulncheck starts every message with "{" at the start of a line.
function messages(text: string): RawMessage[] {
  return text.split(/\n(?=\{)/).map((m) => JSON.parse(m) as RawMessage);
}

// Independent count of vulnerabilities by their most precise level (0 required, 1 imported, 2 called).
function rawLevels(raw: RawMessage[]) {
  const best = new Map<string, number>();
  for (const { finding: f } of raw) {
    if (!f) continue;
    const level = f.trace[0].function ? 2 : f.trace[0].package ? 1 : 0;
    best.set(f.osv, Math.max(best.get(f.osv) ?? 0, level));
  }
  const levels = [...best.values()];
  const count = (l: number) => levels.filter((x) => x === l).length;
  return {
    osvIds: new Set(raw.flatMap((m) => (m.osv ? [m.osv.id] : []))).size,
    withFindings: best.size,
    called: count(2),
    imported: count(1),
    required: count(0),
    modules: new Set(raw.flatMap((m) => (m.finding ? [m.finding.trace[0].module] : []))).size,
  };
}

function load(project: string, file: string) {
  const text = readFixture(project, file);
  const graph = loadSources([
    { name: 'modgraph.txt', text: readFixture(project, 'modgraph.txt') },
    { name: 'golist-m.json', text: readFixture(project, 'golist-m.json') },
    { name: file, text },
  ]);
  return { graph, raw: messages(text) };
}

const CASES = [
  // project, file, SOURCE.md figures
  ['gin', 'govulncheck.json', { osvIds: 224, withFindings: 84, called: 33, imported: 19, required: 32, modules: 6 }],
  ['syncthing', 'govulncheck.json', { osvIds: 239, withFindings: 91, called: 0, imported: 50, required: 41, modules: 8 }],
  ['syncthing', 'govulncheck-symbol-go1.19.json', { osvIds: 239, withFindings: 121, called: 69, imported: 11, required: 41, modules: 8 }],
] as const;

describe.each(CASES)('%s/%s', (project, file, source) => {
  const { graph, raw } = load(project, file);
  const summary = summarizeVulns(graph)!;
  const levels = (l: string) => summary.vulnerabilities.filter((v) => v.level === l).length;

  it('the raw file has the counts its SOURCE.md states', () => {
    expect(rawLevels(raw)).toEqual(source);
  });

  it('keeps one vulnerability per OSV id, at its most precise level', () => {
    const expected = rawLevels(raw);
    expect(summary.vulnerabilities.length).toBe(expected.withFindings);
    expect({ called: levels('called'), imported: levels('imported'), required: levels('required') }).toEqual({
      called: expected.called, imported: expected.imported, required: expected.required,
    });
  });

  it('flags exactly the modules govulncheck names', () => {
    const vulnerable = summary.modules.filter((m) => m.vulnerable).map((m) => m.module).sort();
    const named = [...new Set(raw.flatMap((m) => (m.finding ? [m.finding.trace[0].module] : [])))].sort();
    expect(vulnerable).toEqual(named);
  });

  it('every module-level finding is affected per isAffected, and its fixed version is not', () => {
    const osv = new Map(graph.vulns!.osv.map((o) => [o.id, o]));
    let checked = 0;
    for (const { finding: f } of raw) {
      if (!f || f.trace[0].package) continue;
      const { module, version } = f.trace[0];
      expect(isAffected(osv.get(f.osv)!, module, version!), `${f.osv} ${module}@${version}`).toBe(true);
      // govulncheck takes fixed_version from one `affected` block: only a single block must leave it unaffected.
      const blocks = osv.get(f.osv)!.affected.filter((a) => a.module === module).length;
      if (f.fixed_version && blocks === 1) expect(isAffected(osv.get(f.osv)!, module, f.fixed_version), `${f.osv} fixed ${f.fixed_version}`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('each fixed version leaves the whole entry unaffected', () => {
    const osv = new Map(graph.vulns!.osv.map((o) => [o.id, o]));
    for (const v of summary.vulnerabilities.filter((x) => x.fixedVersion)) {
      expect(isAffected(osv.get(v.id)!, v.module, v.fixedVersion), `${v.id} ${v.fixedVersion}`).toBe(false);
    }
  });

  it('entries without a finding do not affect the versions in the build', () => {
    const goVersion = raw.find((m) => m.config)!.config!.go_version;
    const inBuild = new Map(raw.find((m) => m.SBOM)!.SBOM!.modules.map((m) => [m.path, m.version ?? '']));
    inBuild.set('stdlib', goVersion);
    const found = new Set(raw.flatMap((m) => (m.finding ? [m.finding.osv] : [])));
    for (const entry of graph.vulns!.osv.filter((o) => !found.has(o.id))) {
      for (const a of entry.affected) {
        const version = inBuild.get(a.module);
        if (version !== undefined) expect(isAffected(entry, a.module, version), `${entry.id} ${a.module}@${version}`).toBe(false);
      }
    }
  });

  it('vulnFindings: one per vulnerability, severity by level, a go get or Go upgrade fix', () => {
    const findings = vulnFindings(graph);
    expect(findings.length).toBe(summary.vulnerabilities.length);
    expect(findings.filter((f) => f.severity === 'error').length).toBe(levels('called'));
    expect(findings.filter((f) => f.severity === 'warning').length).toBe(levels('imported'));
    expect(findings.filter((f) => f.severity === 'info').length).toBe(levels('required'));
    for (const f of findings) {
      expect(f.kind).toBe('vulnerable');
      expect(f.fix).toMatch(f.modules[0] === 'stdlib' ? /^upgrade Go to go1\.\d+\.\d+$/ : /^go get \S+@v\S+$|^no fixed version/);
    }
  });
});

describe('fixed versions', () => {
  it("GO-2023-2185: govulncheck says v1.20.11, but the entry's second block covers it until v1.20.12", () => {
    const { graph } = load('syncthing', 'govulncheck-symbol-go1.19.json');
    const v = summarizeVulns(graph)!.vulnerabilities.find((x) => x.id === 'GO-2023-2185')!;
    expect(v.reportedFixedVersion).toBe('v1.20.11');
    expect(v.fixedVersion).toBe('v1.20.12');
    expect(vulnFindings(graph).find((f) => f.message.includes('GO-2023-2185'))!.fix).toBe('upgrade Go to go1.20.12');
  });
});

describe('vulnerability paths', () => {
  const { graph } = load('gin', 'govulncheck.json');
  const summary = summarizeVulns(graph)!;

  it('leads from the main module to the vulnerable module; stdlib has none', () => {
    const net = summary.vulnerabilities.find((v) => v.module === 'golang.org/x/net')!;
    expect(net.path![0]).toBe('github.com/gin-gonic/gin');
    expect(net.path!.at(-1)).toBe('golang.org/x/net');
    expect(summary.vulnerabilities.filter((v) => v.module === 'stdlib').every((v) => v.path === null)).toBe(true);
  });

  it('keeps the trace of a called vulnerability, vulnerable symbol first', () => {
    const called = summary.vulnerabilities.find((v) => v.level === 'called')!;
    expect(called.trace[0].function).toBeTruthy();
    expect(called.trace.length).toBeGreaterThan(1);
  });
});

describe('isAffected', () => {
  const entry = (events: object[], extra: object = {}) => ({
    id: 'GO-2099-0001', aliases: [], summary: '', ...extra,
    affected: [{ module: 'example.com/m', ranges: [{ type: 'SEMVER', events }], imports: [] }],
  });

  it('walks introduced/fixed events as half-open intervals', () => {
    const osv = entry([{ introduced: '1.2.0' }, { fixed: '1.3.0' }, { introduced: '1.5.0' }]);
    expect(['v1.1.9', 'v1.2.0', 'v1.2.9', 'v1.3.0', 'v1.4.0', 'v1.5.0', 'v9.0.0'].map((v) => isAffected(osv, 'example.com/m', v))).toEqual([false, true, true, false, false, true, true]);
  });

  it('treats last_affected as inclusive, "0" as the beginning of time and accepts v-less versions', () => {
    const osv = entry([{ last_affected: '1.4.0' }, { introduced: '0' }]);
    expect(isAffected(osv, 'example.com/m', '1.4.0')).toBe(true);
    expect(isAffected(osv, 'example.com/m', 'v1.4.1')).toBe(false);
  });

  it('no ranges means every version; empty versions, other modules and withdrawn entries never match', () => {
    const all = { id: 'X', aliases: [], summary: '', affected: [{ module: 'example.com/m', ranges: [], imports: [] }] };
    expect(isAffected(all, 'example.com/m', 'v0.0.1')).toBe(true);
    expect(isAffected(all, 'example.com/m', '')).toBe(false);
    expect(isAffected(all, 'example.com/other', 'v0.0.1')).toBe(false);
    expect(isAffected({ ...all, withdrawn: '2024-01-01T00:00:00Z' }, 'example.com/m', 'v0.0.1')).toBe(false);
  });

  it('reads stdlib versions as Go tags', () => {
    const osv = { ...entry([{ introduced: '0' }, { fixed: '1.21.0-rc.3' }]), affected: [{ module: 'stdlib', ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.21.0-rc.3' }] }], imports: [] }] };
    expect(isAffected(osv, 'stdlib', 'go1.21rc2')).toBe(true);
    expect(isAffected(osv, 'stdlib', 'go1.21.0')).toBe(false);
    expect(isAffected(osv, 'stdlib', 'go1.20')).toBe(true);
  });
});
