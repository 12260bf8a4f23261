// Nothing the user loaded is lost: a failed load, a refused link or a reload
// leaves the graph, its counts and the selected module as they were.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SHARE_FORMAT_VERSION } from '../src/core/share/limits';
import { totals } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

const fortigate = totals('committed-real/fortigate_exporter/golist-m.json', 'committed-real/fortigate_exporter/modgraph.txt');
const SYS = 'golang.org/x/sys';

async function loadAndSelect(page: Page) {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toHaveText(fortigate);
  await app.searchBox().fill(SYS);
  await expect(page.getByRole('option', { name: /^golang\.org\/x\/sys / })).toBeVisible();
  await app.searchBox().press('Enter');
  await expect(app.moduleDetails(SYS)).toBeVisible();
  return app;
}

/** The same graph and selection as loadAndSelect left (an error, read, is dismissed first). */
async function expectUnchanged(page: Page) {
  const app = new GotopoPage(page);
  await expect(app.moduleDetails(SYS)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Module' })).toHaveAttribute('aria-selected', 'true');
  const dismiss = page.getByRole('button', { name: 'Dismiss error' });
  if (await dismiss.isVisible()) await dismiss.click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(app.totals()).toHaveText(fortigate);
  await page.getByRole('tab', { name: 'Module' }).click();
  await expect(app.moduleDetails(SYS)).toBeVisible();
}

for (const mode of ['Replace', 'Add to current'] as const) {
  test(`a broken file (${mode}) shows an error and keeps the graph and the selection, across a reload`, async ({ page }) => {
    const app = await loadAndSelect(page);
    await app.dropFiles([{ name: 'broken.json', text: '{"Path": "example.com/cut", "Version": "v1' }]);
    await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: mode }).click();
    await expect(page.getByRole('alert')).toContainText('Could not load broken.json');
    await expectUnchanged(page);

    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectUnchanged(page);
  });
}

test('a refused link keeps the graph, the selection and the address', async ({ page }) => {
  await loadAndSelect(page);
  await expect(page).toHaveURL(/^[^#]*#load=.*selected%22%3A%22golang\.org%2Fx%2Fsys/);
  const address = page.url();
  await page.evaluate((v) => (location.hash = `#g=${v}.AAAA`), SHARE_FORMAT_VERSION);
  await expect(page.getByRole('alert')).toContainText('Could not open the shared link: the link is damaged');
  await expectUnchanged(page);
  await expect(page).toHaveURL(address);
  await page.reload();
  await expectUnchanged(page);
});

test('pasted garbage in Load more keeps the graph and the selection', async ({ page }) => {
  const app = await loadAndSelect(page);
  await app.pasteMore('\u0000\u0001 not go output', 'Replace');
  await expect(page.getByRole('alert')).toContainText('pasted text');
  await expectUnchanged(page);
});
