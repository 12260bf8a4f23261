// Module paths of private code are secrets: every flow of the app stays on
// the page's own origin and nothing trips the Content-Security-Policy.
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { fixture } from './fixture-counts';
import { GotopoPage } from './gotopo-page';

interface Watch {
  requests: string[];
  offOrigin: string[];
  csp: string[];
}

// blob: URLs carry their creator's origin; data: URLs never leave the page.
const sameOrigin = (url: string, origin: string) => url.startsWith('data:') || new URL(url).origin === origin;

/** Records every request of the context (pages and their workers) and every CSP complaint. */
async function watch(context: BrowserContext, origin: string): Promise<Watch> {
  const w: Watch = { requests: [], offOrigin: [], csp: [] };
  const seen = (url: string) => {
    w.requests.push(url);
    if (!sameOrigin(url, origin)) w.offOrigin.push(url);
  };
  context.on('request', (r) => seen(r.url()));
  context.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) w.csp.push(m.text());
  });
  const onPage = (page: Page) => {
    page.on('worker', (worker) => seen(worker.url()));
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) w.csp.push(m.text());
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return w;
}

async function expectQuiet(page: Page, w: Watch) {
  expect(w.requests.length, 'the watcher saw the page load').toBeGreaterThan(0);
  expect(w.offOrigin).toEqual([]);
  expect(w.csp).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
}

const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

test('loading an example, dropped files and pasted text makes no request off the origin', async ({ page, context, baseURL }) => {
  const w = await watch(context, origin(baseURL));
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('gin');
  await expect(app.totals()).toBeVisible();

  await app.dropFiles([{ name: 'go.sum', text: fixture('committed-real/fortigate_exporter/go.sum') }]);
  await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: 'Add to current' }).click();
  await expect(page.getByRole('list', { name: 'Inputs' })).toContainText('go.sum');

  await app.pasteMore(`${fixture('gin/golist-m.json')}\n${fixture('gin/modgraph.txt')}`, 'Replace');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('github.com/gin-gonic/gin');
  // The load worker was seen, so its requests were watched too.
  expect(w.requests.some((u) => /load\.worker/.test(u))).toBe(true);
  await expectQuiet(page, w);
});

test('selecting, searching, hot libraries and findings make no request off the origin', async ({ page, context, baseURL }) => {
  const w = await watch(context, origin(baseURL));
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('syncthing (untidy)');
  await expect(app.totals()).toBeVisible();
  await app.searchBox().fill('golang.org/x/sys');
  await expect(page.getByRole('option', { name: /^golang\.org\/x\/sys / })).toBeVisible();
  await app.searchBox().press('Enter');
  await expect(app.moduleDetails('golang.org/x/sys')).toBeVisible();
  await page.getByRole('tab', { name: 'Hot libraries' }).click();
  await page.getByRole('table', { name: 'Hot libraries' }).getByRole('row').nth(1).click();
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByRole('listitem', { name: /^should-be-direct:/ }).first()).toBeVisible();
  await expectQuiet(page, w);
});

test('every export format, the Mermaid preview included, makes no request off the origin', async ({ page, context, baseURL }) => {
  const w = await watch(context, origin(baseURL));
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const preview = dialog.getByRole('figure', { name: 'Mermaid preview' });
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  await expect(preview.locator('svg').first()).toBeVisible();

  const downloads: [string, string][] = [
    ['Mermaid', 'Download .mmd'],
    ['DOT', 'Download .dot'],
    ['SVG', 'Download .svg'],
    ['PNG', 'Download .png'],
    ['JSON report', 'Download .json'],
    ['CSV / Markdown', 'Download Hot libraries CSV'],
    ['CSV / Markdown', 'Download Findings Markdown'],
  ];
  for (const [tab, button] of downloads) {
    await dialog.getByRole('tab', { name: tab, exact: true }).click();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    expect(await (await download).path()).toBeTruthy();
  }
  await expectQuiet(page, w);
});

test('sharing, and opening the link in a fresh browser, make no request off the origin', async ({ page, context, browser, baseURL }) => {
  const w = await watch(context, origin(baseURL));
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share' }).getByLabel('Share link').inputValue();
  await expectQuiet(page, w);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const w2 = await watch(fresh, origin(baseURL));
  await other.goto(link);
  await expect(new GotopoPage(other).totals()).toBeVisible();
  // The fragment is never part of any request.
  expect(w2.requests.filter((u) => /g=\d+\./.test(u))).toEqual([]);
  await expectQuiet(other, w2);
  await fresh.close();
});
