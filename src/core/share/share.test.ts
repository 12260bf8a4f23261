import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../load';
import type { GoGraph, ModuleNode } from '../model/types';
import { FIXTURE_PROJECTS, fixtureFiles, readFixture } from '../test-support/fixtures';
import { toBase64Url } from './base64url';
import { SHARE_FORMAT_VERSION, decodeShare, encodeShare, graphFromSnapshot, snapshotFromGraph, type ShareSnapshot } from './index';

function loadProject(project: string): GoGraph {
  const files = fixtureFiles(project).filter((f) => !/\.(md|diff)$|govulncheck/.test(f));
  return loadSources(files.map((name) => ({ name, text: readFixture(project, name) })));
}

// The fields a link carries (ModuleNode minus the module's own time, errors and go list -m's version).
function carried(m: ModuleNode) {
  const { path, version, main, versions, goMod, listIndirect, replace, goVersion, deprecated, update, retracted, used, needed, testImportedByDeps, packageCount } = m;
  const { whyPackages, testImporters, directImport } = m;
  return { path, version, main, versions, goMod, listIndirect, replace, goVersion, deprecated, update, retracted, used, needed, testImportedByDeps, packageCount, whyPackages, testImporters, directImport };
}

const VIEW = { selected: 'golang.org/x/sys', colorMode: 'role', panel: 'hot', direction: 'LR' as const, filters: { depth: 3, findingsOnly: true, owner: 'golang.org/x' }, focus: { path: 'golang.org/x/net', hops: 2 } };

describe.each(FIXTURE_PROJECTS)('share link of %s', (project) => {
  const graph = loadProject(project);
  const snapshot = snapshotFromGraph(graph, VIEW);
  const link = encodeShare(snapshot);

  it('decodes to the same snapshot', () => {
    expect(link).toMatch(new RegExp(`^g=${SHARE_FORMAT_VERSION}\\.[A-Za-z0-9_-]+$`));
    expect(decodeShare(`#${link}`)).toEqual({ ok: true, snapshot });
  });

  it('rebuilds the same modules, requirements and imports', () => {
    const decoded = decodeShare(link);
    if (!decoded.ok) throw new Error(decoded.error);
    const rebuilt = graphFromSnapshot(decoded.snapshot);
    expect(rebuilt.modules.map(carried)).toEqual(graph.modules.map(carried));
    expect(rebuilt.mainIds).toEqual(graph.mainIds);
    expect(rebuilt.packageCount).toEqual(graph.packageCount);
    expect(rebuilt.versionEdges).toEqual(graph.versionEdges);
    expect(rebuilt.requires).toEqual(graph.requires);
    expect(rebuilt.requiredBy).toEqual(graph.requiredBy);
    expect(rebuilt.imports).toEqual(graph.imports);
    expect(rebuilt.importsTestOnly).toEqual(graph.importsTestOnly);
    expect(rebuilt.inputs.map((i) => i.kind)).toEqual(graph.inputs.map((i) => i.kind).filter((k) => k !== 'govulncheck' && k !== 'policy'));
    expect(rebuilt.inputs.every((i) => i.source === 'shared link')).toBe(true);
  });
});

const version = fc.oneof(
  fc.constantFrom('', 'v1.0.0', 'v0.0.0-20211218093645-b94a6e3cc137', 'v2.1.0+incompatible', 'v1.2.4-0.20230101000000-abcdefabcdef+incompatible', '1.21', 'go1.22.0'),
  fc.string({ maxLength: 12 }),
  fc.tuple(fc.nat(9), fc.integer({ min: 0, max: 4_000_000_000 }), fc.uint8Array({ minLength: 6, maxLength: 6 })).map(
    ([major, t, h]) => `v${major}.0.0-${new Date(t * 1000).toISOString().replace(/\D/g, '').slice(0, 14)}-${Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('')}`,
  ),
);
const tri = fc.constantFrom(null, false, true);

const snapshotArb: fc.Arbitrary<ShareSnapshot> = fc.integer({ min: 0, max: 12 }).chain((n) => {
  const id = fc.nat(Math.max(0, n - 1));
  const module = fc.record(
    {
      path: fc.string({ unit: 'grapheme', maxLength: 30 }),
      version,
      main: fc.boolean(),
      versions: fc.array(version, { maxLength: 4 }),
      goMod: fc.constantFrom(null, 'direct', 'indirect', 'absent' as const),
      listIndirect: fc.boolean(),
      replace: fc.oneof(fc.record({ path: fc.string() }), fc.record({ path: fc.string(), version })),
      deprecated: fc.string(),
      update: version,
      updateTime: fc.oneof(fc.string(), fc.integer({ min: 0, max: 253_402_300_799 }).map((t) => new Date(t * 1000).toISOString().replace('.000Z', 'Z'))),
      goVersion: fc.string(),
      retracted: fc.array(fc.string(), { maxLength: 3 }),
      directImport: fc.record({ importer: fc.string(), imported: fc.string(), testFile: fc.boolean() }),
      testImporters: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
      whyPackages: fc.array(fc.string(), { maxLength: 4 }),
      used: tri,
      needed: tri,
      testImportedByDeps: tri,
      packageCount: fc.nat(),
    },
    { requiredKeys: ['path', 'version', 'main', 'versions', 'goMod', 'used', 'needed', 'testImportedByDeps', 'packageCount'] },
  ).map(({ updateTime, ...m }) => (m.update !== undefined && updateTime !== undefined ? { ...m, updateTime } : m));
  const edges: fc.Arbitrary<ShareSnapshot['versionEdges']> = n === 0 ? fc.constant([]) : fc.array(fc.record({ from: id, fromVersion: version, to: id, toVersion: version }), { maxLength: 30 });
  const pairs: fc.Arbitrary<[number, number][]> = n === 0 ? fc.constant([]) : fc.array(fc.tuple(id, id), { maxLength: 20 });
  const imports: fc.Arbitrary<NonNullable<ShareSnapshot['imports']>> = n === 0 ? fc.constant([]) : fc.array(fc.record({ from: id, to: id, weight: fc.nat(), testOnly: fc.boolean() }), { maxLength: 20 });
  return fc.record({
    modules: fc.array(module, { minLength: n, maxLength: n }),
    versionEdges: edges,
    requires: fc.option(pairs, { nil: null }),
    imports: fc.option(imports, { nil: null }),
    packageCount: fc.option(fc.nat(), { nil: undefined }),
    goMod: fc.option(
      fc.record(
        {
          module: fc.string(),
          go: fc.string(),
          requires: fc.array(fc.record({ path: fc.string(), version, indirect: fc.boolean() }), { maxLength: 5 }),
          replaces: fc.array(fc.record({ oldPath: fc.string(), oldVersion: version, newPath: fc.string(), newVersion: version }, { requiredKeys: ['oldPath', 'newPath'] }), { minLength: 1, maxLength: 3 }),
          tools: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['module', 'requires'] },
      ),
      { nil: null },
    ),
    inputs: fc.array(fc.record({ kind: fc.constantFrom('go-list-m', 'go-mod-graph', 'go-list-deps' as const), count: fc.nat(), unit: fc.constantFrom('modules', 'edges'), withTests: fc.boolean() }, { requiredKeys: ['kind', 'count', 'unit'] }), { maxLength: 3 }),
    view: fc.record({ selected: fc.string(), direction: fc.constantFrom('TB', 'LR' as const), filters: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), fc.oneof(fc.string(), fc.boolean(), fc.integer())), focus: fc.record({ path: fc.string(), hops: fc.nat(99) }) }, { requiredKeys: [] }),
  });
});

describe('random snapshots', () => {
  it('decode(encode(x)) equals x', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        expect(decodeShare(encodeShare(snapshot))).toEqual({ ok: true, snapshot });
      }),
      { numRuns: 400 },
    );
  });
});

describe('version edges in go mod graph order', () => {
  it('round-trips target versions missing from the module lists, repeated across a module\'s versions', () => {
    const mod = (path: string, main: boolean, versions: string[], version: string) => ({ path, version, main, versions, goMod: null, used: null, needed: null, testImportedByDeps: null, packageCount: 0 });
    const edge = (from: number, fromVersion: string, to: number, toVersion: string) => ({ from, fromVersion, to, toVersion });
    const snapshot: ShareSnapshot = {
      modules: [mod('a', true, [], ''), mod('b', false, ['v1', 'v2'], 'v2'), mod('c', false, ['v1'], 'v1')],
      versionEdges: [edge(0, '', 1, 'v1'), edge(0, '', 1, 'v2'), edge(1, 'v1', 2, 'x9'), edge(1, 'v1', 2, 'x9'), edge(1, 'v2', 2, 'x8'), edge(1, 'v2', 2, 'x9')],
      requires: null,
      imports: null,
      goMod: null,
      inputs: [],
      view: {},
    };
    expect(decodeShare(encodeShare(snapshot))).toEqual({ ok: true, snapshot });
  });
});

// A link around a deflate stream of our choosing (no pseudo-version hashes before it).
function rawLink(deflated: Uint8Array): string {
  return `g=${SHARE_FORMAT_VERSION}.${toBase64Url(Uint8Array.of(0, ...deflated))}`;
}

describe('hostile links', () => {
  const link = encodeShare(snapshotFromGraph(loadProject('gin'), VIEW));
  const refused = (fragment: string, message: RegExp) => {
    const r = decodeShare(fragment);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  };

  it('refuses a truncated link', () => {
    for (const cut of [3, 10, link.length / 2, link.length - 2]) refused(link.slice(0, cut), /not a gotopo|damaged/);
  });

  it('refuses a link from a newer gotopo, naming the fix', () => {
    refused(link.replace(/^g=\d+\./, `g=${SHARE_FORMAT_VERSION + 1}.`), /newer gotopo.*latest/);
  });

  it('refuses non-base64url data and non-links', () => {
    refused(`${link.slice(0, 20)}+/=${link.slice(23)}`, /not base64url/);
    refused('https://example.com', /not a gotopo/);
    refused('', /not a gotopo/);
  });

  it('refuses an oversized link before decoding it', () => {
    expect(decodeShare(link, { maxFragmentChars: 100 })).toMatchObject({ ok: false, error: expect.stringMatching(/characters, more than the limit of 100/) });
    expect(decodeShare(link, { maxModules: 10 })).toMatchObject({ ok: false, error: expect.stringMatching(/modules is more than the limit/) });
  });

  it('refuses a deflate bomb without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    refused(rawLink(bomb), /inflates to more than/);
  });

  it('never throws on bit flips, cuts and splices of a real link', () => {
    const body = link.slice(4);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutation = fc.oneof(
      fc.tuple(fc.nat(body.length - 1), fc.nat(63)).map(([at, c]) => body.slice(0, at) + alphabet[c] + body.slice(at + 1)),
      fc.nat(body.length).map((at) => body.slice(0, at)),
      fc.tuple(fc.nat(body.length), fc.string({ maxLength: 20 })).map(([at, s]) => body.slice(0, at) + s + body.slice(at)),
    );
    fc.assert(
      fc.property(mutation, (mutated) => {
        const r = decodeShare(`g=${SHARE_FORMAT_VERSION}.${mutated}`);
        if (!r.ok) expect(r.error).toMatch(/\w/);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid deflate stream of random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => decodeShare(rawLink(deflateSync(bytes)))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('drops unknown or oversized view keys', () => {
    const graph = loadProject('committed-real/fortigate_exporter');
    const view = { ...VIEW, panel: 'x'.repeat(600), evil: '<script>', filters: { ok: 1, __proto__: 2, 'bad key': 3 } } as unknown as typeof VIEW;
    const r = decodeShare(encodeShare(snapshotFromGraph(graph, view)));
    expect(r.ok && r.snapshot.view).toEqual({ selected: VIEW.selected, colorMode: 'role', direction: 'LR', filters: { ok: 1 }, focus: VIEW.focus });
  });
});
