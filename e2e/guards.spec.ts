// Inputs of any size or shape: each gets a clear message (or a grouped view),
// the tab survives, and the graph shown before stays.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateGoProject } from '../src/core/synth';
import { MAX_SOURCE_CHARS } from '../src/core/parse/limits';
import { GotopoPage } from './gotopo-page';

/** How the page builds a file without the test holding its bytes: one chunk, repeated. */
interface BlobRecipe {
  name: string;
  /** The chunk: text, or bytes. */
  chunk: string | number[];
  repeat: number;
  tail?: string;
}

/**
 * Drops a file made in the page. Repeating one Blob shares its storage, so a
 * gigabyte-sized File costs the chunk's memory, not a gigabyte; small chunks
 * repeated often are joined into one string instead (a million Blob parts are slow).
 */
async function dropBlob(page: Page, recipe: BlobRecipe) {
  await page.evaluate(({ name, chunk, repeat, tail = '' }) => {
    const part = new Blob([typeof chunk === 'string' ? chunk : new Uint8Array(chunk)]);
    const parts = typeof chunk === 'string' && chunk.length < 1024 ? [chunk.repeat(repeat)] : Array.from({ length: repeat }, () => part);
    const file = new File([...parts, tail], name);
    const dt = new DataTransfer();
    dt.items.add(file);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, recipe);
}

/** The page still answers: the theme flips. */
async function expectAlive(page: Page) {
  const html = page.locator('html');
  const dark = ((await html.getAttribute('class')) ?? '').includes('dark');
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).first().click();
  await expect(html).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
}

const MB = 1024 * 1024;
// A PNG signature and the start of its header chunk: bytes no Go tool prints.
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89];

const refused: { name: string; recipe: BlobRecipe; message: RegExp }[] = [
  { name: 'an empty file', recipe: { name: 'empty.txt', chunk: '', repeat: 1 }, message: /empty\.txt is empty/ },
  { name: 'a binary file', recipe: { name: 'logo.png', chunk: PNG, repeat: 8 }, message: /logo\.png looks like a binary file/ },
  { name: 'a 1 GB file', recipe: { name: 'huge.json', chunk: ' '.repeat(MB), repeat: 1024 }, message: /huge\.json is 1\.0 GB; gotopo reads at most 512 MB per file/ },
  {
    name: 'a file one byte past MAX_SOURCE_CHARS',
    recipe: { name: 'over.json', chunk: ' '.repeat(MB), repeat: MAX_SOURCE_CHARS / MB, tail: ' ' },
    message: /over\.json is 512(\.0)? MB; gotopo reads at most 512 MB per file/,
  },
  { name: 'a single 100 MB line', recipe: { name: 'one-line.txt', chunk: 'x'.repeat(MB), repeat: 100 }, message: /one-line\.txt: line 1\b/ },
  { name: 'JSON nested a million deep', recipe: { name: 'deep.json', chunk: '{"Path":', repeat: 1e6 }, message: /deep\.json: line 1\b/ },
  { name: 'a million empty objects', recipe: { name: 'objects.json', chunk: '{}\n', repeat: 1e6 }, message: /objects\.json: line 1\b.*empty objects/ },
];

for (const { name, recipe, message } of refused) {
  test(`${name} is refused with a message and the graph shown before stays`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new GotopoPage(page);
    await app.open();
    await app.loadExample('fortigate_exporter');
    await expect(app.totals()).toHaveText(/^42 modules/);
    await dropBlob(page, recipe);
    await page.getByRole('dialog', { name: 'Load into the current graph?' }).getByRole('button', { name: 'Replace' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message, { timeout: 60_000 });
    await expect(app.totals()).toHaveText(/^42 modules/);
    await expectAlive(page);
  });
}

test('a 50,000-module go mod graph opens grouped by owner and the page keeps answering', async ({ page }) => {
  test.setTimeout(180_000);
  const project = generateGoProject({ modules: 50_000, edges: 200_000, seed: 5 });
  const app = new GotopoPage(page);
  await app.open();
  await app.dropFiles([{ name: 'modgraph.txt', text: project.modGraph }]);
  await expect(app.totals()).toHaveText(/^50,000 modules, [\d,]+ edges$/, { timeout: 150_000 });
  await expect(page.getByRole('note')).toContainText('This graph has 50,000 modules: showing it grouped by owner.');
  await expectAlive(page);
});
