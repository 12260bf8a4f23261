import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { GotopoPage } from './gotopo-page';

test('the landing page and the loaded view have no axe violations', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the Hot libraries and Findings tabs have no axe violations in either theme', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing (untidy)');
  await expect(app.totals()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    const toggle = page.getByRole('button', { name: `Switch to ${theme} theme` });
    if (await toggle.isVisible()) await toggle.click();
    await page.getByRole('tab', { name: 'Hot libraries' }).click();
    await expect(page.getByRole('table', { name: 'Hot libraries' }).getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('table', { name: 'Hot libraries' }).getByRole('row').nth(1).click();
    expect((await new AxeBuilder({ page }).analyze()).violations, `Hot libraries, ${theme}`).toEqual([]);
    await page.getByRole('tab', { name: 'Findings' }).click();
    await page.getByRole('listitem', { name: /^should-be-direct:/ }).getByRole('button', { name: /marked \/\/ indirect/ }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations, `Findings, ${theme}`).toEqual([]);
  }
});
