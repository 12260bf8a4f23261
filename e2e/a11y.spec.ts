import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
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

/** Serious and critical WCAG 2 A/AA violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  const toggle = page.getByRole('button', { name: `Switch to ${theme} theme` });
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
}

async function checkDialog(page: Page, opener: string, name: string, label: string) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  if (name === 'Export') await expect(dialog.getByRole('figure', { name: 'Mermaid preview' })).toHaveAttribute('aria-busy', 'false');
  expect(await seriousViolations(page), label).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every panel, dialog and the organisation view: no serious axe violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new GotopoPage(page);
    await app.open();
    await setTheme(page, theme);
    expect(await seriousViolations(page), 'landing').toEqual([]);
    // A built-in comparison: the graph plus the Diff tab.
    await page.getByRole('button', { name: 'Compare syncthing tidy vs untidy' }).click();
    await expect(page.getByRole('tab', { name: 'Diff' })).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(page), 'Diff').toEqual([]);
    await app.searchBox().fill('golang.org/x/sys');
    await expect(page.getByRole('option', { name: /^golang\.org\/x\/sys / })).toBeVisible();
    await app.searchBox().press('Enter');
    await expect(app.moduleDetails('golang.org/x/sys')).toBeVisible();
    expect(await seriousViolations(page), 'Module').toEqual([]);
    for (const tab of ['Overview', 'Hot libraries', 'Findings', 'Security']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    await checkDialog(page, 'Export', 'Export', 'Export dialog');
    await checkDialog(page, 'Share', 'Share', 'Share dialog');
    await checkDialog(page, 'Load more…', 'Load more inputs', 'Load more dialog');
    await checkDialog(page, 'Compare…', 'Compare with another snapshot', 'Compare dialog');
    await page.getByRole('button', { name: /^Organisation/ }).click();
    await expect(page.getByRole('heading', { name: 'Organisation view' })).toBeVisible();
    expect(await seriousViolations(page), 'Organisation view').toEqual([]);
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    await expect(app.searchBox()).toBeVisible();
  });
}

test('the keyboard reaches every part of the page, with a visible focus ring', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing (untidy)');
  await expect(app.totals()).toBeVisible();
  const reached = new Set<string>();
  const rings: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      const region = el.closest('header, aside, main, [data-testid="graph-canvas"]')?.tagName ?? el.tagName;
      return { what: `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${name}`, region, ring };
    });
    if (!focused) continue;
    reached.add(focused.what);
    reached.add(`region ${focused.region}`);
    if (!focused.ring) rings.push(focused.what);
  }
  for (const part of ['combobox Search modules', 'button Export', 'button Share', 'button Load more…', 'button Compare…', 'tab Overview', 'region ASIDE']) {
    expect([...reached].some((r) => r.startsWith(part)), `${part} in ${[...reached].join(' | ')}`).toBe(true);
  }
  expect(rings, 'focused without a visible ring').toEqual([]);
});

test('findings say their severity in text and a glyph, not only in colour', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing (untidy)');
  await expect(app.totals()).toBeVisible();
  await page.getByRole('tab', { name: 'Findings' }).click();
  const items = page.getByRole('listitem', { name: /^[a-z-]+: / });
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText(/(error|warning|info)/i);
});
