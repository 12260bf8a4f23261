import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

// Expected values straight from the files: the selected version of a path is the
// highest one go mod graph names; edges leave a main module or a selected version.
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, ...pre] = v.replace(/^v/, '').replace(/\+incompatible$/, '').split('-');
    return { nums: core.split('.').map(Number), pre: pre.join('-') };
  };
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (!x.pre || !y.pre) return x.pre ? -1 : 1;
  return x.pre < y.pre ? -1 : 1;
}

interface Snapshot {
  selected: Map<string, string>;
  edges: Set<string>;
}

function snapshot(modgraphPath: string): Snapshot {
  const lines = fixture(modgraphPath).trim().split('\n').map((l) => l.trim().split(' '));
  const isGo = (p: string) => p === 'go' || p === 'toolchain';
  const selected = new Map<string, string>();
  for (const ends of lines) {
    for (const end of ends) {
      const [path, version] = end.split('@');
      if (version === undefined || isGo(path)) continue;
      const old = selected.get(path);
      if (old === undefined || compareVersions(version, old) > 0) selected.set(path, version);
    }
  }
  const edges = new Set<string>();
  for (const [from, to] of lines) {
    const [fromPath, fromVersion] = from.split('@');
    const toPath = to.split('@')[0];
    if (isGo(toPath) || (fromVersion !== undefined && selected.get(fromPath) !== fromVersion)) continue;
    edges.add(`${fromPath} ${toPath}`);
  }
  return { selected, edges };
}

function expectedDiff(beforeGraph: string, afterGraph: string): Record<string, number> {
  const [b, a] = [snapshot(beforeGraph), snapshot(afterGraph)];
  const changed = (sign: number) => [...a.selected].filter(([p, v]) => b.selected.has(p) && Math.sign(compareVersions(v, b.selected.get(p)!)) === sign).length;
  return {
    Added: [...a.selected.keys()].filter((p) => !b.selected.has(p)).length,
    Removed: [...b.selected.keys()].filter((p) => !a.selected.has(p)).length,
    Upgraded: changed(1),
    Downgraded: changed(-1),
    'Edges added': [...a.edges].filter((e) => !b.edges.has(e)).length,
    'Edges removed': [...b.edges].filter((e) => !a.edges.has(e)).length,
  };
}

async function expectCounts(page: Page, expected: Record<string, number>) {
  const counts = page.getByRole('list', { name: 'Diff counts' });
  for (const [label, n] of Object.entries(expected)) {
    await expect(counts.getByRole('listitem').filter({ hasText: new RegExp(`^\\d+\\s*${label}$`) })).toHaveText(new RegExp(`^${n}\\s*${label}$`));
  }
}

test('the built-in comparison of gin with Go 1.19 and Go 1.24 shows the changes the files hold', async ({ page }) => {
  await new GotopoPage(page).open();
  await page.getByRole('button', { name: 'Compare gin built with Go 1.19 vs Go 1.24' }).click();
  await expect(page.getByRole('tab', { name: 'Diff' })).toHaveAttribute('aria-selected', 'true');
  await expectCounts(page, expectedDiff('gin/go1.19/modgraph.txt', 'gin/modgraph.txt'));
  await expect(page.getByRole('group', { name: 'Graph shows' }).getByRole('button', { name: 'after' })).toHaveAttribute('aria-pressed', 'true');
});

test('syncthing tidy vs untidy: the extra requirement, marked on the graph and exported', async ({ page }) => {
  await new GotopoPage(page).open();
  await page.getByRole('button', { name: 'Compare syncthing tidy vs untidy' }).click();
  const expected = expectedDiff('syncthing/modgraph.txt', 'syncthing-untidy/modgraph.txt');
  expect(expected['Edges added']).toBeGreaterThan(0);
  await expectCounts(page, expected);
  await expect(page.getByRole('list', { name: 'Changed requirement edges' })).toContainText('github.com/syncthing/syncthing → github.com/jpillora/backoff');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('edge added');
  await expect(page.getByRole('button', { name: 'Download the diff as Markdown' })).toBeVisible();
  await page.screenshot({ path: '/tmp/gov-diff.png' });
  await page.getByRole('group', { name: 'Graph shows' }).getByRole('button', { name: 'before' }).click();
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('edge removed');
});

test('the organisation view of gin, syncthing and bearer shows shared and fragmented modules', async ({ page }) => {
  await new GotopoPage(page).open();
  await page.getByRole('button', { name: 'Load the gin + syncthing + bearer organisation' }).click();
  const services = ['gin/modgraph.txt', 'syncthing/modgraph.txt', 'committed-real/bearer/modgraph.txt'].map((f) => snapshot(f).selected);
  const names = ['github.com/gin-gonic/gin', 'github.com/syncthing/syncthing', 'github.com/bearer/bearer'];
  const paths = new Set(services.flatMap((s) => [...s.keys()]));
  const shared = [...paths].filter((p) => services.filter((s) => s.has(p)).length >= 2);
  await expect(page.getByRole('list', { name: 'Services' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: `Shared modules (${shared.length})` })).toBeVisible();

  const path = 'golang.org/x/sys';
  const versions = [...new Set(services.map((s) => s.get(path)!))];
  expect(versions.length).toBeGreaterThan(1);
  const item = page.getByRole('list', { name: 'Fragmented modules' }).getByRole('listitem', { name: path, exact: true });
  await expect(item).toContainText(`${versions.length} versions`);
  for (const v of versions) await expect(item).toContainText(v);
  await expect(item).toContainText(names[0]);
  await page.screenshot({ path: '/tmp/gov-org.png' });

  await page.getByRole('button', { name: `Open ${names[1]}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[1]);
});

test('a policy dropped onto gin shows its violations', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('gin');
  await expect(app.totals()).toBeVisible();
  await app.dropFiles([{ name: 'policy.sample.yaml', text: fixture('policy.sample.yaml') }]);
  await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: 'Add to current' }).click();
  await expect(page.getByRole('list', { name: 'Inputs' })).toContainText('policy.sample.yaml');
  await page.getByRole('tab', { name: 'Security' }).click();
  const violations = page.getByRole('list', { name: 'Policy violations' });
  await expect(violations).toContainText('golang.org/x/crypto@v0.9.0 is not covered by its security audit');
  await expect(violations).toContainText('github.com/golang/protobuf');
  await expect(violations).toContainText('go get golang.org/x/net@');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('policy violation');
});

test('gin with govulncheck marks vulnerable modules and splits called / imported / required', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('gin');
  await expect(app.totals()).toBeVisible();
  await page.getByRole('tab', { name: 'Security' }).click();
  const levels = page.getByRole('group', { name: 'Vulnerabilities by level' });
  await expect(levels.getByRole('button', { name: /called/ })).toHaveText(/^33\s*called$/);
  await expect(levels.getByRole('button', { name: /imported/ })).toHaveText(/^19\s*imported$/);
  await expect(levels.getByRole('button', { name: /required/ })).toHaveText(/^32\s*required$/);
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('vulnerable, called');
  const list = page.getByRole('list', { name: 'Vulnerabilities' });
  await expect(list.getByRole('listitem').first()).toContainText('fixed in');
  await page.screenshot({ path: '/tmp/gov-vulns.png' });
});
