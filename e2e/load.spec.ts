import { expect, test } from '@playwright/test';
import { fixture, mainModule, totals } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

test('an example loads with the counts its files add up to', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing');
  await expect(app.totals()).toHaveText(totals('syncthing/golist-m-u.json', 'syncthing/modgraph.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mainModule('syncthing/golist-m-u.json'));
  // go and toolchain nodes are Go versions, not modules: the app leaves them out.
  const graphLines = fixture('syncthing/modgraph.txt').trim().split('\n').filter((l) => !/ (go|toolchain)@/.test(l)).length;
  await expect(page.getByRole('list', { name: 'Inputs' })).toContainText(`go mod graph — ${graphLines} edges`);
  await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeVisible();
});

test('an address naming an example opens on it (what npm start does), and Back shows the landing page', async ({ page }) => {
  const app = new GotopoPage(page);
  await page.goto('./#example=bearer');
  await expect(app.totals()).toHaveText(totals('committed-real/bearer/golist-m.json', 'committed-real/bearer/modgraph.txt'));
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'The dependency topology of your Go module' })).toBeVisible();
});

test('dropped files are loaded together', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  const dir = 'committed-real/fortigate_exporter';
  await app.dropFiles([
    { name: 'golist-m.json', text: fixture(`${dir}/golist-m.json`) },
    { name: 'modgraph.txt', text: fixture(`${dir}/modgraph.txt`) },
  ]);
  await expect(app.totals()).toHaveText(totals(`${dir}/golist-m.json`, `${dir}/modgraph.txt`));
});

test('a pasted bundle of go list -m and go mod graph loads', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.pasteOnLanding(`${fixture('gin/golist-m.json')}\n${fixture('gin/modgraph.txt')}`);
  await expect(app.totals()).toHaveText(totals('gin/golist-m.json', 'gin/modgraph.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('github.com/gin-gonic/gin');
});

test('garbage shows an error and keeps the previous graph', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  const dir = 'committed-real/fortigate_exporter';
  const expected = totals(`${dir}/golist-m.json`, `${dir}/modgraph.txt`);
  await expect(app.totals()).toHaveText(expected);

  await app.pasteMore('this is not\nthe output of any go command {', 'Replace');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('pasted text');
  await expect(app.totals()).toHaveText(expected);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mainModule(`${dir}/golist-m.json`));
});

test('files dropped on a loaded graph can be added to it', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(page.getByRole('list', { name: 'Inputs' }).getByRole('listitem')).toHaveCount(3);
  await app.dropFiles([{ name: 'go.sum', text: fixture('committed-real/fortigate_exporter/go.sum') }]);
  await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: 'Add to current' }).click();
  await expect(page.getByRole('list', { name: 'Inputs' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('list', { name: 'Inputs' })).toContainText('go.sum');
});
