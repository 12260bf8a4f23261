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
