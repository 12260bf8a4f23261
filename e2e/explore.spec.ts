import { expect, test } from '@playwright/test';
import { GotopoPage } from './gotopo-page';

test.beforeEach(async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('gin');
  await expect(app.totals()).toBeVisible();
});

test('clicking a module in a list shows its details', async ({ page }) => {
  const app = new GotopoPage(page);
  await page.getByRole('list', { name: 'Direct dependencies' }).getByRole('button', { name: /^golang\.org\/x\/net/ }).click();
  const details = app.moduleDetails('golang.org/x/net');
  await expect(details).toBeVisible();
  await expect(details.getByRole('list', { name: 'Versions seen' })).toContainText('selected');
  const requiredBy = details.getByRole('list', { name: 'Required by' });
  await expect(requiredBy.getByRole('button', { name: /^github\.com\/gin-gonic\/gin/ })).toBeVisible();

  // Following a link selects that module.
  await requiredBy.getByRole('button', { name: /^github\.com\/gin-gonic\/gin/ }).click();
  await expect(app.moduleDetails('github.com/gin-gonic/gin')).toBeVisible();
});

test('/ focuses search; Enter selects the match; Esc clears', async ({ page }) => {
  const app = new GotopoPage(page);
  await page.locator('body').press('/');
  await expect(app.searchBox()).toBeFocused();
  await page.keyboard.type('go-playground/validator');
  await expect(page.getByRole('option', { name: /github\.com\/go-playground\/validator\/v10/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(app.moduleDetails('github.com/go-playground/validator/v10')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Module' })).toHaveAttribute('aria-selected', 'true');

  await app.searchBox().press('Escape');
  await expect(app.searchBox()).toHaveValue('');
});

test('the force layout redraws a small graph on demand; grouping waits for it to be off; a direction lays it out in layers again', async ({ page }) => {
  const canvas = page.getByTestId('graph-canvas');
  const force = page.getByRole('button', { name: 'Force layout' });
  await expect(force).toHaveAttribute('aria-pressed', 'false');
  const layered = await canvas.screenshot();
  await force.click();
  await expect(force).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await canvas.screenshot()).equals(layered)).toBe(false);

  // The grouped view lays out its own boxes, in layers.
  const group = page.getByRole('button', { name: 'Group by owner' });
  await group.click();
  await expect(force).toBeDisabled();
  await group.click();
  await expect(force).toBeEnabled();

  await page.getByRole('button', { name: 'Lay out left to right' }).click();
  await expect(force).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Lay out top to bottom' })).toBeVisible();
});
