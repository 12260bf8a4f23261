// `govulncheck -json` messages -> GovulncheckReport (GO-FORMATS §6).
// Every finding is kept: picking the most precise one per OSV is analysis.
import { isObject, num, obj, objects, str, strings, type JsonObject } from './json-fields';
import type { JsonPiece } from './json-stream';
import type { Diagnostics } from './text';
import type { GovulncheckReport, OsvEntry, OsvRange, VulnFinding, VulnFrame } from './types';

/** The top-level keys of govulncheck messages. */
export const GOVULNCHECK_KEYS = ['config', 'SBOM', 'progress', 'osv', 'finding'] as const;

/** Folds a stream of govulncheck messages into one report. */
export function parseGovulncheck(pieces: JsonPiece[], diags: Diagnostics): GovulncheckReport {
  const report: GovulncheckReport = { osv: [], findings: [] };
  for (const piece of pieces) {
    const message = piece.value as JsonObject;
    const config = obj(message, 'config');
    const sbom = obj(message, 'SBOM');
    const osv = obj(message, 'osv');
    const finding = obj(message, 'finding');
    if (config) report.config = toConfig(config);
    else if (sbom) report.sbom = toSbom(sbom);
    else if (osv) {
      const entry = toOsv(osv);
      if (entry) report.osv.push(entry);
      else diags.atLine('warning', piece.offset, 'expected an "osv" message with a string "id", found none; skipped it');
    } else if (finding) {
      const f = toFinding(finding);
      if (f) report.findings.push(f);
      else diags.atLine('warning', piece.offset, 'expected a "finding" message with a string "osv", found none; skipped it');
    } else if (!('progress' in message)) {
      diags.atLine('warning', piece.offset, `expected a govulncheck message (${GOVULNCHECK_KEYS.join(', ')}), found keys ${Object.keys(message).join(', ')}; skipped it`);
    }
  }
  return report;
}

function toConfig(c: JsonObject): NonNullable<GovulncheckReport['config']> {
  const config: NonNullable<GovulncheckReport['config']> = {};
  const pairs = [
    ['scannerVersion', 'scanner_version'],
    ['goVersion', 'go_version'],
    ['scanLevel', 'scan_level'],
    ['scanMode', 'scan_mode'],
    ['db', 'db'],
    ['dbLastModified', 'db_last_modified'],
  ] as const;
  for (const [to, from] of pairs) {
    const v = str(c, from);
    if (v !== undefined) config[to] = v;
  }
  return config;
}

function toSbom(s: JsonObject): NonNullable<GovulncheckReport['sbom']> {
  const modules = objects(s, 'modules').flatMap((m) => {
    const path = str(m, 'path');
    if (path === undefined) return [];
    const version = str(m, 'version');
    return [version === undefined ? { path } : { path, version }];
  });
  const goVersion = str(s, 'go_version');
  return goVersion === undefined ? { modules } : { goVersion, modules };
}

function toOsv(o: JsonObject): OsvEntry | null {
  const id = str(o, 'id');
  if (id === undefined) return null;
  const entry: OsvEntry = { id, aliases: strings(o, 'aliases') ?? [], summary: str(o, 'summary') ?? '', affected: [] };
  for (const key of ['details', 'withdrawn', 'published'] as const) {
    const v = str(o, key);
    if (v !== undefined) entry[key] = v;
  }
  for (const a of objects(o, 'affected')) {
    const pkg = obj(a, 'package');
    const ecosystem = obj(a, 'ecosystem_specific');
    entry.affected.push({
      module: (pkg && str(pkg, 'name')) ?? '',
      ranges: objects(a, 'ranges').map(toRange),
      imports: (ecosystem ? objects(ecosystem, 'imports') : []).map((imp) => {
        const out: OsvEntry['affected'][number]['imports'][number] = { path: str(imp, 'path') ?? '', symbols: strings(imp, 'symbols') ?? [] };
        const goos = strings(imp, 'goos');
        const goarch = strings(imp, 'goarch');
        if (goos) out.goos = goos;
        if (goarch) out.goarch = goarch;
        return out;
      }),
    });
  }
  return entry;
}

function toRange(r: JsonObject): OsvRange {
  const events = objects(r, 'events').map((e) => {
    const event: OsvRange['events'][number] = {};
    for (const key of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const v = str(e, key);
      if (v !== undefined) event[key] = v;
    }
    return event;
  });
  return { type: str(r, 'type') ?? '', events };
}

function toFinding(f: JsonObject): VulnFinding | null {
  const osv = str(f, 'osv');
  if (osv === undefined) return null;
  const finding: VulnFinding = { osv, trace: objects(f, 'trace').map(toFrame) };
  const fixed = str(f, 'fixed_version');
  if (fixed !== undefined) finding.fixedVersion = fixed;
  return finding;
}

function toFrame(t: JsonObject): VulnFrame {
  const frame: VulnFrame = { module: str(t, 'module') ?? '' };
  for (const key of ['version', 'package', 'function', 'receiver'] as const) {
    const v = str(t, key);
    if (v !== undefined) frame[key] = v;
  }
  const pos = t.position;
  if (isObject(pos)) {
    frame.position = {};
    const filename = str(pos, 'filename');
    const line = num(pos, 'line');
    const column = num(pos, 'column');
    if (filename !== undefined) frame.position.filename = filename;
    if (line !== undefined) frame.position.line = line;
    if (column !== undefined) frame.position.column = column;
  }
  return frame;
}
