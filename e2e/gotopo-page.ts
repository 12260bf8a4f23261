// A page object over the built site: what a user sees and does, by role and label.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class GotopoPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: 'The dependency topology of your Go module' })).toBeVisible();
  }

  async loadExample(title: string) {
    await this.page.getByRole('button', { name: `Load the ${title} example` }).click();
  }

  /** The "N modules, M edges" line of the Overview tab. */
  totals(): Locator {
    return this.page.getByText(/^[\d,]+ modules?, [\d,]+ edges?$/);
  }

  async pasteOnLanding(text: string) {
    await this.page.getByLabel('Paste Go tool output').fill(text);
    await this.page.getByRole('button', { name: 'Load pasted text' }).click();
  }

  /** Pastes through "Load more…", adding to or replacing the loaded inputs. */
  async pasteMore(text: string, mode: 'Add to current' | 'Replace') {
    await this.page.getByRole('button', { name: 'Load more…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Load more inputs' });
    await dialog.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    await dialog.getByLabel('Paste Go tool output').fill(text);
    await dialog.getByRole('button', { name: 'Load pasted text' }).click();
  }

  /** Drops files on the page the way a browser does: a DataTransfer with File objects. */
  async dropFiles(files: { name: string; text: string }[]) {
    await this.page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, files);
  }

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search modules' });
  }

  /** Selects a module the way a user does: search for its path, then Enter. */
  async selectBySearch(path: string) {
    await this.searchBox().fill(path);
    await expect(this.page.getByRole('option', { name: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) })).toBeVisible();
    await this.searchBox().press('Enter');
    await expect(this.moduleDetails(path)).toBeVisible();
  }

  /** The module details panel for a module path. */
  moduleDetails(path: string): Locator {
    return this.page.getByRole('article', { name: `Module ${path}` });
  }
}
