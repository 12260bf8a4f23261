import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mainModule, totals } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

const syncthing = totals('syncthing/golist-m-u.json', 'syncthing/modgraph.txt');
const fortigate = totals('committed-real/fortigate_exporter/golist-m.json', 'committed-real/fortigate_exporter/modgraph.txt');

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const link = await dialog.getByLabel('Share link').inputValue();
  await expect(dialog.getByText(`${link.length.toLocaleString('en-US')} characters`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

test('a share link opens the same graph, selection, colours and layout in a fresh browser', async ({ page, browser }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing');
  await expect(app.totals()).toHaveText(syncthing);
  await new GotopoPage(page).selectBySearch('golang.org/x/sys');
  await page.getByLabel('Colour nodes by').selectOption('hotness');
  await page.getByRole('button', { name: 'Force layout' }).click();
  await expect(page.getByRole('button', { name: 'Force layout' })).toHaveAttribute('aria-pressed', 'true');
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#g=\d+\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const them = new GotopoPage(other);
  await expect(them.moduleDetails('golang.org/x/sys')).toBeVisible();
  await expect(other.getByRole('tab', { name: 'Module' })).toHaveAttribute('aria-selected', 'true');
  await expect(other.getByLabel('Colour nodes by')).toHaveValue('hotness');
  await expect(other.getByRole('button', { name: 'Force layout' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(mainModule('syncthing/golist-m-u.json'));
  await other.getByRole('tab', { name: 'Overview' }).click();
  await expect(them.totals()).toHaveText(syncthing);
  await fresh.close();
});

test('a reload keeps the graph and the view; Back returns to the previous load', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing');
  await expect(app.totals()).toHaveText(syncthing);
  await new GotopoPage(page).selectBySearch('golang.org/x/sys');
  await page.getByLabel('Colour nodes by').selectOption('findings');
  await expect(page).toHaveURL(/colorMode%22%3A%22findings/);

  await page.reload();
  await expect(app.moduleDetails('golang.org/x/sys')).toBeVisible();
  await expect(page.getByLabel('Colour nodes by')).toHaveValue('findings');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(app.totals()).toHaveText(syncthing);

  await page.getByRole('button', { name: 'Load more…' }).click();
  await page.getByRole('dialog', { name: 'Load more inputs' }).getByRole('button', { name: 'Load the fortigate_exporter example' }).click();
  await expect(app.totals()).toHaveText(fortigate);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mainModule('syncthing/golist-m-u.json'));
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(app.totals()).toHaveText(syncthing);

  await page.goForward();
  await expect(app.totals()).toHaveText(fortigate);
});

test('a damaged or newer link shows why and keeps the graph shown', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toHaveText(fortigate);

  await page.evaluate(() => (location.hash = '#g=999.AAAA'));
  await expect(page.getByRole('alert')).toContainText('newer gotopo');
  await expect(app.totals()).toHaveText(fortigate);

  await page.getByRole('button', { name: 'Dismiss error' }).click();
  await page.evaluate(() => (location.hash = '#g=3.not-a-real-link!'));
  await expect(page.getByRole('alert')).toContainText('Could not open the shared link');
  await expect(app.totals()).toHaveText(fortigate);
});

test('a link to a large graph warns past 8,000 characters and offers a smaller part', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('cri-o');
  await expect(app.totals()).toBeVisible();
  await new GotopoPage(page).selectBySearch('golang.org/x/sys');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  const whole = await dialog.getByLabel('Share link').inputValue();
  if (whole.length <= 8000) test.skip(true, `the cri-o link has only ${whole.length} characters`);
  await expect(dialog.getByRole('status')).toContainText('Over 8,000 characters');
  await dialog.getByRole('button', { name: 'the top 25 hot libraries' }).click();
  const part = await dialog.getByLabel('Share link').inputValue();
  expect(part.length).toBeLessThan(whole.length);
  await expect(dialog.getByText(/the top 25 hot libraries, \d+ modules/)).toBeVisible();
});
