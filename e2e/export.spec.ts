import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, listedModules } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

const examples = (JSON.parse(fixture('index.json')) as { examples: { id: string; title: string }[] }).examples;
const hostile = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', file), 'utf8');

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

/** The preview draws an SVG and shows no error; or, past Mermaid's limits, smaller scopes are offered instead. */
async function expectRendersOrRefuses(page: Page): Promise<'rendered' | 'too big'> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const preview = dialog.getByRole('figure', { name: 'Mermaid preview' });
  const tooBig = dialog.getByText(/^Too big for Mermaid/);
  await expect(preview.or(tooBig)).toBeVisible();
  if (await tooBig.isVisible()) {
    await expect(dialog.getByRole('list', { name: 'Smaller scopes' }).getByRole('button').first()).toBeVisible();
    return 'too big';
  }
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  await expect(preview.locator('svg').first()).toBeVisible();
  await expect(preview.getByText(/could not draw|Syntax error/i)).toHaveCount(0);
  return 'rendered';
}

for (const example of examples) {
  test(`${example.title}: every Mermaid scope within the limits renders with the real Mermaid`, async ({ page }) => {
    const app = new GotopoPage(page);
    await app.open();
    await app.loadExample(example.title);
    await expect(app.totals()).toBeVisible();
    await new GotopoPage(page).selectBySearch('golang.org/x/sys');
    const dialog = await openExport(page);
    const scope = dialog.getByLabel('Scope');

    // Whole graph: renders, or is refused with suggestions that render.
    if ((await expectRendersOrRefuses(page)) === 'too big') {
      await dialog.getByRole('list', { name: 'Smaller scopes' }).getByRole('button').first().click();
      expect(await expectRendersOrRefuses(page)).toBe('rendered');
    }
    await scope.selectOption({ label: 'Top hot libraries' });
    expect(await expectRendersOrRefuses(page)).toBe('rendered');
    await scope.selectOption({ label: 'Neighbourhood of golang.org/x/sys' });
    await dialog.getByLabel('Towards').selectOption('dependencies');
    expect(await expectRendersOrRefuses(page)).toBe('rendered');
    await scope.selectOption({ label: 'Paths from main to golang.org/x/sys' });
    expect(await expectRendersOrRefuses(page)).toBe('rendered');
    await dialog.getByLabel('Group by owner').check();
    await dialog.getByLabel('Direction').selectOption('LR');
    expect(await expectRendersOrRefuses(page)).toBe('rendered');
    await expect(dialog.getByLabel('Mermaid text')).toHaveValue(/^graph LR\n/);
  });
}

test('hostile module paths export as plain text and run nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new GotopoPage(page);
  await app.open();
  await app.dropFiles([
    { name: 'golist-m.json', text: hostile('golist-m.json') },
    { name: 'modgraph.txt', text: hostile('modgraph.txt') },
  ]);
  await expect(app.totals()).toHaveText(`${listedModules(hostile('golist-m.json')).length} modules, 7 edges`);
  const dialog = await openExport(page);
  expect(await expectRendersOrRefuses(page)).toBe('rendered');
  const preview = dialog.getByRole('figure', { name: 'Mermaid preview' });
  // The labels are text: the script and image tags are shown, not made.
  await expect(preview).toContainText('<script>window.__pwned=1</script>');
  await expect(preview).toContainText('<img_src=x_onerror=window.__pwned=1>');
  await expect(preview).toContainText('%%comment;end');
  await expect(preview).toContainText('"quoted"[bracket]');
  await expect(preview.locator('script, img, iframe, [onerror], [onclick]')).toHaveCount(0);
  await expect(preview.locator('a')).toHaveCount(0);

  // Every other export of the same graph: nothing runs either.
  await dialog.getByRole('tab', { name: 'DOT' }).click();
  await expect(dialog.getByLabel('DOT text')).toHaveValue(/<script>window.__pwned=1<\/script>/);
  await dialog.getByRole('tab', { name: 'CSV / Markdown' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Hot libraries Markdown' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toContain('&lt;script&gt;');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  // The page stays usable.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await new GotopoPage(page).selectBySearch('example.com/click;callback');
});

test('the hot libraries table downloads as CSV and Markdown', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('gin');
  await expect(app.totals()).toBeVisible();
  const nonMain = listedModules(fixture('gin/golist-m-u.json')).filter((m) => !m.main).length;
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'CSV / Markdown' }).click();

  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Hot libraries CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('gin-hot-libraries.csv');
  const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('rank,module,version,direct dependents,transitive dependents,transitive dependencies,exclusive weight,importing packages');
  expect(lines).toHaveLength(nonMain + 1);
  expect(lines[1]).toMatch(/^1,golang\.org\/x\/sys,v[\d.]+,\d+,\d+,\d+,\d+,\d+$/);

  const mdDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Hot libraries Markdown' }).click();
  const md = readFileSync((await (await mdDownload).path())!, 'utf8').trimEnd().split('\n');
  expect(md[0]).toBe('| rank | module | version | direct dependents | transitive dependents | transitive dependencies | exclusive weight | importing packages |');
  expect(md[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
  expect(md).toHaveLength(nonMain + 2);
});

test('SVG and PNG of the current view download', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toBeVisible();
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'SVG' }).click();
  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .svg' }).click();
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('>github.com/prometheus-community/fortigate_exporter</text>');

  await dialog.getByRole('tab', { name: 'PNG' }).click();
  const pngDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .png' }).click();
  const png = readFileSync((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});
