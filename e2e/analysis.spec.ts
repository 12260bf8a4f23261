import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, listedModules } from './fixture-counts';
import { GotopoPage } from './gotopo-page';
import { goModWhy, selectedEdges, tidyChanges, transitiveDependents } from './tidy-diff';

const DIR = 'syncthing-untidy';

test.beforeEach(async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing (untidy)');
  await expect(app.totals()).toBeVisible();
});

const hotTable = (page: Page) => page.getByRole('table', { name: 'Hot libraries' });

test('Hot libraries ranks by transitive dependents; clicking the top row selects it', async ({ page }) => {
  const app = new GotopoPage(page);
  await page.getByRole('tab', { name: 'Hot libraries' }).click();
  const table = hotTable(page);
  const direct = table.getByRole('columnheader', { name: 'Direct dependents' });
  const transitive = table.getByRole('columnheader', { name: 'Transitive dependents' });
  await direct.getByRole('button').click();
  await expect(direct).toHaveAttribute('aria-sort', 'descending');
  await expect(transitive).toHaveAttribute('aria-sort', 'none');
  await transitive.getByRole('button').click();
  await expect(transitive).toHaveAttribute('aria-sort', 'descending');

  // The most depended-on module, counted from go list -m and go mod graph alone.
  const list = listedModules(fixture(`${DIR}/golist-m.json`));
  const counts = transitiveDependents(selectedEdges(new Map(list.map((m) => [m.path, m.version])), fixture(`${DIR}/modgraph.txt`)));
  const mainPath = list.find((m) => m.main)!.path;
  const most = Math.max(...[...counts].filter(([p]) => p !== mainPath).map(([, n]) => n));
  const top = table.getByRole('row').nth(1);
  await expect(top.getByRole('cell').nth(2)).toHaveText(String(most));
  const path = (await top.getByRole('button').textContent())!;
  expect(counts.get(path)).toBe(most);

  await top.click();
  await expect(top).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Module' }).click();
  await expect(app.moduleDetails(path)).toBeVisible();
});

test('Findings shows what go mod tidy would change, each with its fix', async ({ page }) => {
  const tidy = tidyChanges(fixture(`${DIR}/tidy-gomod.diff`));
  expect(tidy).toEqual({
    unused: ['github.com/jpillora/backoff'],
    shouldBeDirect: ['github.com/julienschmidt/httprouter'],
    shouldBeIndirect: ['github.com/golang/snappy'],
  });
  await page.getByRole('tab', { name: 'Findings' }).click();
  const expected = { 'unused-requirement': tidy.unused, 'should-be-direct': tidy.shouldBeDirect, 'should-be-indirect': tidy.shouldBeIndirect };
  for (const [kind, modules] of Object.entries(expected)) {
    const group = page.getByRole('region', { name: `${kind} findings` });
    await expect(group.getByRole('button', { name: new RegExp(`^${kind}\\s*${modules.length}`) })).toHaveAttribute('aria-expanded', 'true');
    for (const path of modules) {
      const item = group.getByRole('listitem', { name: `${kind}: ${path}` });
      await expect(item).toBeVisible();
      await expect(item.getByText('go mod tidy', { exact: true })).toBeVisible();
      await expect(item.getByRole('button', { name: `Copy go mod tidy (fixes ${path})` })).toBeVisible();
    }
  }
  // Checks without their input say what to add.
  await expect(page.getByRole('list', { name: 'Checks that could not run' })).toContainText('vulnerable: add govulncheck -json ./... output');
});

test('a module from a finding shows why it is here, beside go mod why -m', async ({ page }) => {
  const app = new GotopoPage(page);
  const snappy = 'github.com/golang/snappy';
  await page.getByRole('tab', { name: 'Findings' }).click();
  const item = page.getByRole('listitem', { name: `should-be-indirect: ${snappy}` });
  await item.getByRole('button', { name: /is listed as a direct requirement/ }).click();
  await expect(item.getByRole('button', { name: /is listed as a direct requirement/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('tab', { name: 'Module' }).click();
  const why = app.moduleDetails(snappy).getByRole('region', { name: 'Why is it here?' });
  const mainPath = listedModules(fixture(`${DIR}/golist-m.json`)).find((m) => m.main)!.path;
  await expect(why.getByRole('list', { name: 'Requirement path' }).getByRole('listitem')).toHaveText([new RegExp(`^${mainPath}`), new RegExp(`^${snappy}`)]);
  const goAnswer = goModWhy(fixture(`${DIR}/gomodwhy.txt`)).get(snappy)!;
  await expect(why.getByRole('list', { name: 'Import path' }).getByRole('listitem')).toHaveText(goAnswer);
  await expect(why.getByRole('list', { name: 'go mod why -m path' }).getByRole('listitem')).toHaveText(goAnswer);
  await expect(why).toContainText('same path');

  // The path's modules are links: following one selects it.
  await why.getByRole('button', { name: mainPath }).click();
  await expect(app.moduleDetails(mainPath)).toBeVisible();
});

test('graph colour and size controls have accessible names and the legend follows', async ({ page }) => {
  const toolbar = page.getByRole('toolbar', { name: 'Graph view' });
  await toolbar.getByLabel('Colour nodes by').selectOption('hotness');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('more transitive dependents');
  await toolbar.getByLabel('Size nodes by').selectOption('exclusiveWeight');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('height: exclusive weight');
  await toolbar.getByLabel('Colour nodes by').selectOption('findings');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('no findings');
});
