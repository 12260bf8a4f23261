// Inputs and links from strangers: markup, Mermaid syntax, spreadsheet
// formulas, deflate bombs and lies about sizes. Nothing runs, the page keeps
// answering, problems are named, and exports carry the text only escaped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { deflateSync } from 'fflate';
import { DEFAULT_SHARE_LIMITS, SHARE_FORMAT_VERSION } from '../src/core/share/limits';
import { GotopoPage } from './gotopo-page';

const hostile = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', file), 'utf8');
const IMG = 'example.com/<img src=x onerror="window.__pwned=1">';
const SCRIPT = 'example.com/<script>window.__pwned=1</script>';

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Nothing ran, no script error, and a control still answers. */
async function expectUnharmed(page: Page, errors: string[]) {
  expect(await pwned(page)).toBeUndefined();
  expect(errors).toEqual([]);
  const html = page.locator('html');
  const dark = ((await html.getAttribute('class')) ?? '').includes('dark');
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).first().click();
  await expect(html).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
}

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function downloaded(page: Page, dialog: Locator, tab: string, button: string): Promise<string> {
  await dialog.getByRole('tab', { name: tab, exact: true }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

test('module paths full of markup and Mermaid syntax show as text and export escaped', async ({ page }) => {
  const errors = pageErrors(page);
  const app = new GotopoPage(page);
  await app.open();
  await app.dropFiles([{ name: 'golist-m.json', text: hostile('golist-m-markup.json') }]);
  await expect(app.totals()).toHaveText(/^8 modules, /);
  await app.searchBox().fill('onerror');
  await page.getByRole('option', { name: /onerror/ }).first().click();
  await expect(app.moduleDetails(IMG)).toBeVisible();
  await expect(page.locator('img[onerror], script:not([src]), [onclick]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Scope').selectOption({ label: 'Whole graph' });
  const preview = dialog.getByRole('figure', { name: 'Mermaid preview' });
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  await expect(preview).toContainText('<script>window.__pwned=1</script>');
  await expect(preview.locator('script, img, iframe, foreignObject [onerror], a')).toHaveCount(0);

  const mmd = await downloaded(page, dialog, 'Mermaid', 'Download .mmd');
  expect(mmd).not.toMatch(/%%\{init|<img|<script|:::evil|\nclick /);
  const dot = await downloaded(page, dialog, 'DOT', 'Download .dot');
  // Quoted DOT strings, quotes escaped: never an HTML-like label (`label=<...>`), never a raw line break.
  expect(dot).toContain('[label="example.com/<img src=x onerror=\\"window.__pwned=1\\">\\n');
  expect(dot).not.toMatch(/label=<|line\nbreak/);
  const svg = await downloaded(page, dialog, 'SVG', 'Download .svg');
  expect(svg).toContain('example.com/&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  expect(svg).not.toMatch(/<img|<script|onerror="/);
  const md = await downloaded(page, dialog, 'CSV / Markdown', 'Download Hot libraries Markdown');
  expect(md).toContain('example.com/&lt;img src=x onerror="window.__pwned=1"&gt;');
  expect(md).not.toMatch(/<img|<script/);
  const csv = await downloaded(page, dialog, 'CSV / Markdown', 'Download Hot libraries CSV');
  expect(csv).toContain(`"${IMG.replace(/"/g, '""')}"`);
  expect(csv).toContain(SCRIPT);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectUnharmed(page, errors);
});

test('spreadsheet formulas in module paths are neutralised in CSV downloads', async ({ page }) => {
  const errors = pageErrors(page);
  const app = new GotopoPage(page);
  await app.open();
  await app.pasteOnLanding(hostile('golist-m-formulas.json'));
  await expect(app.totals()).toHaveText(/^5 modules, /);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const rows = (await downloaded(page, dialog, 'CSV / Markdown', 'Download Hot libraries CSV')).trimEnd().split('\r\n').slice(1);
  const modules = rows.map((r) => r.split(',')[1]);
  expect(modules.sort()).toEqual(["'+1+cmd|' /C calc'!A0", "'-2+cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"]);
  for (const row of rows) expect(row.split(',').slice(1).every((cell) => !/^[=+\-@]/.test(cell)), row).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectUnharmed(page, errors);
});

test('a go mod graph whose module paths are formulas loads and exports neutralised', async ({ page }) => {
  const errors = pageErrors(page);
  const app = new GotopoPage(page);
  await app.open();
  await app.pasteOnLanding(hostile('modgraph-formulas.txt'));
  // The line whose target has two @ is not go mod graph: skipped, the rest loads.
  await expect(app.totals()).toHaveText('4 modules, 3 edges');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const csv = await downloaded(page, dialog, 'CSV / Markdown', 'Download Hot libraries CSV');
  const modules = csv.trimEnd().split('\r\n').slice(1).map((r) => r.split(',')[1]);
  expect(modules.sort()).toEqual(["'+1+cmd|'/C_calc'!A0", "'-2+cmd|'/C_calc'!A0", "'=cmd|'/C_calc'!A0"]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectUnharmed(page, errors);
});

test('a link carrying markup opens as text in a fresh browser', async ({ page, browser }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.dropFiles([{ name: 'golist-m.json', text: hostile('golist-m-markup.json') }]);
  await expect(app.totals()).toHaveText(/^8 modules, /);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share' }).getByLabel('Share link').inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = pageErrors(other);
  await other.goto(link);
  await expect(new GotopoPage(other).totals()).toHaveText(/^8 modules, /);
  await other.getByRole('tab', { name: 'Hot libraries' }).click();
  await expect(other.getByRole('table', { name: 'Hot libraries' })).toContainText(SCRIPT);
  await expectUnharmed(other, errors);
  await fresh.close();
});

// Links whose data is `varint(hash bytes) hashes deflate(payload)` (src/core/share/index.ts).
const link = (data: Uint8Array) => `g=${SHARE_FORMAT_VERSION}.${Buffer.from(data).toString('base64url')}`;
const { maxDecompressedBytes, maxModules } = DEFAULT_SHARE_LIMITS;
const withoutHashes = (deflated: Uint8Array) => new Uint8Array([0, ...deflated]);
const varint = (n: number) => {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
  return [...out, n];
};

const hostileLinks: { name: string; fragment: () => string; message: RegExp }[] = [
  {
    name: 'a deflate bomb (16 MB past the inflate limit, in under 100 kB)',
    fragment: () => link(withoutHashes(deflateSync(new Uint8Array(maxDecompressedBytes + 16 * 1024 * 1024), { level: 9 }))),
    message: /inflates to more than \d+ bytes: refused/,
  },
  {
    name: 'a header claiming 4 billion modules',
    fragment: () => link(withoutHashes(deflateSync(new Uint8Array([...varint(4e9), 0, 0, 0])))),
    message: new RegExp(`4000000000 modules is more than the limit of ${maxModules}`),
  },
  { name: 'a link from gotopo 99', fragment: () => 'g=99.AAAAAAAA', message: /newer gotopo/ },
  {
    name: 'valid base64url of garbage',
    fragment: () => link(Uint8Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 251)),
    message: /the link is damaged/,
  },
];

for (const { name, fragment, message } of hostileLinks) {
  test(`${name}: refused with a message, in a fresh tab and over a loaded graph`, async ({ page }) => {
    const errors = pageErrors(page);
    const app = new GotopoPage(page);
    await page.goto(`./#${fragment()}`);
    await expect(page.getByRole('alert')).toContainText('Could not open the shared link');
    await expect(page.getByRole('alert')).toContainText(message);
    await page.getByRole('button', { name: 'Dismiss error' }).click();
    await expect(page.getByRole('heading', { name: 'The dependency topology of your Go module' })).toBeVisible();

    await app.loadExample('fortigate_exporter');
    await expect(app.totals()).toHaveText(/^42 modules/);
    await page.evaluate((f) => (location.hash = `#${f}`), fragment());
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(app.totals()).toHaveText(/^42 modules/);
    await expectUnharmed(page, errors);
  });
}
