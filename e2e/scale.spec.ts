import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateGoProject } from '../src/core/synth';
import { GotopoPage } from './gotopo-page';

// The page answers a click while a big load runs: the theme flips at once,
// not after the worker is done (the expect timeout is the "at once").
async function themeAnswersDuringLoad(page: Page) {
  const html = page.locator('html');
  const wasDark = ((await html.getAttribute('class')) ?? '').includes('dark');
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).first().click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/, { timeout: 2_000 });
}

test('the cri-o example (9.9 MB of go list -deps) loads with progress while the page stays responsive', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('cri-o');
  await expect(page.getByRole('progressbar', { name: 'Loading' })).toBeAttached();
  await themeAnswersDuringLoad(page);
  await expect(app.totals()).toHaveText(/^[\d,]+ modules, [\d,]+ edges$/, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Group by owner' })).toHaveAttribute('aria-pressed', 'false');
});

test('a 3,000-module graph opens grouped by owner, says why, and search reaches its modules', async ({ page }) => {
  test.setTimeout(120_000);
  const project = generateGoProject({ modules: 3000, edges: 15000, seed: 11 });
  const app = new GotopoPage(page);
  await app.open();
  await app.dropFiles([
    { name: 'golist-m.json', text: project.listModules },
    { name: 'modgraph.txt', text: project.modGraph },
  ]);
  await themeAnswersDuringLoad(page);
  await expect(app.totals()).toHaveText(/^3,000 modules, [\d,]+ edges$/, { timeout: 60_000 });
  await expect(page.getByRole('note')).toContainText('This graph has 3,000 modules: showing it grouped by owner.');
  await expect(page.getByRole('button', { name: 'Group by owner' })).toHaveAttribute('aria-pressed', 'true');

  await app.searchBox().fill('golang.org/x/sys');
  await page.getByRole('option', { name: /golang\.org\/x\/sys/ }).first().click();
  await expect(app.moduleDetails('golang.org/x/sys')).toBeVisible();

  // Focus mode: the module and one hop, then back to everything.
  await page.getByRole('button', { name: 'Focus' }).click();
  await expect(page.getByRole('button', { name: 'Show all', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'false');
});

test('a load can be cancelled and the graph shown before stays', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await app.loadExample('fortigate_exporter');
  await expect(app.totals()).toHaveText(/^42 modules/);
  const big = generateGoProject({ modules: 3000, edges: 15000, seed: 12 });
  await app.dropFiles([{ name: 'golist-deps.json', text: big.listDeps(30e6) }]);
  await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar', { name: 'Loading' })).toHaveCount(0);
  await expect(app.totals()).toHaveText(/^42 modules/);
});

// The landing page warms the graph code on a throwaway graph in an off-screen container (src/ui/graph/warm-up.ts).
const WARM_UP = 'body > div[aria-hidden="true"]';
const warmUpContainer = (page: Page) => page.locator(WARM_UP);
// Polled every frame: the warm-up draws for ~0.3 s, which a locator's backed-off retries can miss.
const warmUpDrawing = (page: Page) => page.waitForFunction((sel) => document.querySelector(`${sel} canvas`) !== null, WARM_UP, { polling: 'raf' });

test('the landing warm-up leaves nothing behind once idle', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await warmUpDrawing(page);
  await expect(warmUpContainer(page)).toHaveCount(0);
  await app.loadExample('gin');
  await expect(app.totals()).toHaveText(/^\d+ modules/);
  await expect(warmUpContainer(page)).toHaveCount(0);
});

test('a load picked while the landing warms up shows its own graph, and the warm-up leaves nothing', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  await warmUpDrawing(page);
  await app.loadExample('syncthing');
  await expect(warmUpContainer(page)).toHaveCount(0);
  await expect(app.totals()).toHaveText(/^129 modules/);
  await expect(page.getByRole('button', { name: 'Group by owner' })).toHaveAttribute('aria-pressed', 'false');
});

test('big graphs are drawn on the canvas where WebGL runs on a software GPU (chosen while the landing page is idle)', async ({ page }) => {
  const app = new GotopoPage(page);
  await app.open();
  // The graph warm-up, then the renderer choice, run in idle time.
  await page.waitForTimeout(4_000);
  await app.loadExample('cri-o');
  await expect(app.totals()).toHaveText(/^[\d,]+ modules, [\d,]+ edges$/, { timeout: 30_000 });
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-renderer', 'canvas');
  // Headless Chromium without a GPU: SwiftShader, or no WebGL 2 at all.
  await expect(canvas).toHaveAttribute('data-renderer-choice', /^(software|no-webgl)$/);
});

test('on a GPU that is not a software one, the landing page measures both renderers and keeps the answer', async ({ page }) => {
  test.setTimeout(90_000);
  // WebGL names this machine's software GPU as a hardware one: the probe then measures for real.
  await page.addInitScript(() => {
    const own = WebGL2RenderingContext.prototype.getParameter;
    WebGL2RenderingContext.prototype.getParameter = function (this: WebGL2RenderingContext, p: number) {
      return p === 0x9246 ? 'Test GPU' : own.call(this, p);
    };
  });
  const app = new GotopoPage(page);
  await app.open();
  const kept = await page.waitForFunction(() => localStorage.getItem('gotopo:renderer'), undefined, { timeout: 60_000, polling: 250 });
  const measured = JSON.parse((await kept.jsonValue()) as string) as { backend: string; gpu: string; canvasMs: number; webglMs: number };
  expect(measured.gpu).toBe('Test GPU');
  expect(measured.canvasMs).toBeGreaterThan(0);
  expect(measured.webglMs).toBeGreaterThan(0);
  expect(measured.backend).toBe(measured.webglMs <= measured.canvasMs * 0.7 ? 'webgl' : 'canvas');
  // The throwaway instances are gone.
  await expect(page.locator('body > div[aria-hidden="true"]')).toHaveCount(0);
  await app.loadExample('cri-o');
  await expect(app.totals()).toHaveText(/^[\d,]+ modules, [\d,]+ edges$/, { timeout: 30_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-renderer-choice', 'measured');
});
