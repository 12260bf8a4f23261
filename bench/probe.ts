// Measurements inside the page: the app's own marks (gotopo:load-start,
// gotopo:loaded, gotopo:interactive, gotopo:complete), long tasks, heap, and frame times.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

export interface Opened {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/** A fresh 1280x720 page on the landing screen, with a long-task observer. */
export async function openApp(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.getByRole('heading', { name: 'The dependency topology of your Go module' }).waitFor();
  return { page, cdp, close: () => context.close() };
}

/** Samples the page's JS heap every 100 ms until stopped; resolves the peak in bytes. */
export function sampleHeap(cdp: CDPSession): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  })().catch(() => undefined); // the page closed under it: a failed case, reported by its caller
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

/** The worker's own times (its clock, gotopo:worker-phases), and the answer's transfer to the page. */
export interface WorkerPhases {
  read: number;
  parse: number;
  analyse: number;
  layout: number;
  transfer: number;
}

export interface LoadTiming {
  /** DESIGN 9 ingest, on the worker's clock: read + split/parse/build + analyse (no layout, no transfer). */
  ingestMs: number;
  /** gotopo:load-start to gotopo:loaded: the page's whole wait for the worker (ingest, layout, transfer, scheduling). */
  loadToLoadedMs: number;
  /** The worker's phases, rounded; null when the build posts none. */
  workerMs: WorkerPhases | null;
  /** Input to the frame that first showed the whole first view, answering input (a big graph's elements off screen are still going in). */
  interactiveMs: number;
  /** Input to the frame after every element was in. */
  completeMs: number;
  /** Longest main-thread task from the input until 1 s after every element was in. */
  longestTaskMs: number;
  /** Where the worker's time went (from the phase marks the client sets). */
  phasesMs: { read: number; parseAndBuild: number; analyse: number; layoutAndTransfer: number } | null;
}

const marksSince = (name: string) => `performance.getEntriesByName('${name}').at(-1)?.startTime ?? null`;

/** Waits for the gotopo:interactive and gotopo:complete marks that follow the last load start. */
export async function waitInteractive(page: Page, timeoutMs = 180_000): Promise<LoadTiming> {
  await page.waitForFunction(
    () => {
      const start = performance.getEntriesByName('gotopo:load-start').at(-1)?.startTime;
      // No named helper here: the bench's compiler would wrap it in a function the page does not have.
      return ['gotopo:interactive', 'gotopo:complete'].every((name) => (performance.getEntriesByName(name).at(-1)?.startTime ?? -1) > (start ?? Infinity));
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  await page.waitForTimeout(1000);
  return page.evaluate(`(() => {
    const start = ${marksSince('gotopo:load-start')};
    const loaded = ${marksSince('gotopo:loaded')};
    const shown = ${marksSince('gotopo:interactive')};
    const complete = ${marksSince('gotopo:complete')};
    const tasks = window.__longtasks.filter((t) => t.start + t.duration >= start && t.start <= complete + 1000);
    const at = (phase) => performance.getEntriesByName('gotopo:phase:' + phase).filter((m) => m.startTime >= start).at(0)?.startTime ?? null;
    const [parsing, analysing, layout] = ['parsing', 'analysing', 'layout'].map(at);
    const phasesMs = parsing === null || analysing === null || layout === null ? null : {
      read: Math.round(parsing - start), parseAndBuild: Math.round(analysing - parsing), analyse: Math.round(layout - analysing), layoutAndTransfer: Math.round(loaded - layout),
    };
    const w = performance.getEntriesByName('gotopo:worker-phases').filter((m) => m.startTime >= start).at(-1)?.detail ?? null;
    const workerMs = w && { read: Math.round(w.read), parse: Math.round(w.parse), analyse: Math.round(w.analyse), layout: Math.round(w.layout), transfer: Math.round(w.transfer) };
    return { ingestMs: w ? w.read + w.parse + w.analyse : loaded - start, loadToLoadedMs: loaded - start, workerMs, interactiveMs: shown - start, completeMs: complete - start, longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0), phasesMs };
  })()`);
}

/** Picks files with the landing page's file input (the same path a user's file choice takes). */
export async function pickFiles(page: Page, paths: string[]): Promise<void> {
  await page.evaluate(() => performance.clearMarks());
  await page.getByLabel('Go tool output files').setInputFiles(paths);
}

/** Bare JSON.parse of the same objects, timed in a worker of its own: the first parse, and the median of the next three. */
export interface ParseBaseline {
  coldMs: number;
  warmMs: number;
}

// Runs in a dedicated worker (as the app's ingest does), not on the page's busy main thread.
const BASELINE_WORKER = `
onmessage = async ({ data: url }) => {
  const text = await (await fetch(url)).text();
  // go list prints one object after another, each closing brace at the start of a line.
  const array = '[' + text.replace(/\\n}\\s*\\n{/g, '\\n},\\n{') + ']';
  const times = [];
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    JSON.parse(array);
    times.push(performance.now() - t);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  postMessage({ coldMs: times[0], warmMs: warm[1] });
};
`;

/** Writes the baseline worker's script where the bench server serves it; returns its URL path. */
export function writeBaselineWorker(dir: string): string {
  writeFileSync(join(dir, 'json-parse.worker.js'), BASELINE_WORKER);
  return '/__bench/json-parse.worker.js';
}

/** JSON.parse of the text at url, in a fresh worker of the page (same origin as the app's). */
export async function jsonParseBaseline(page: Page, workerUrl: string, url: string): Promise<ParseBaseline> {
  return page.evaluate(
    ([workerUrl, url]) =>
      new Promise<ParseBaseline>((resolve, reject) => {
        const worker = new Worker(workerUrl);
        worker.onmessage = ({ data }: MessageEvent<ParseBaseline>) => {
          worker.terminate();
          resolve(data);
        };
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage(new URL(url, location.href).href);
      }),
    [workerUrl, url] as const,
  );
}

/** Loads the files again through Load more… > Replace: the same worker, warm, parses the same bytes. */
export async function replaceWith(page: Page, paths: string[]): Promise<LoadTiming> {
  await page.getByRole('button', { name: 'Load more…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load more inputs' });
  await dialog.getByRole('radio', { name: /Replace/ }).check();
  await page.evaluate(() => performance.clearMarks());
  await dialog.getByLabel('Go tool output files').setInputFiles(paths);
  return waitInteractive(page);
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
}

/** Drags the canvas back and forth with the mouse (a user's pan) and times the frames. */
export async function panFrames(page: Page, moves = 120): Promise<FrameStats> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`
    window.__frames = [];
    window.__framesOn = true;
    requestAnimationFrame(function tick(t) {
      window.__frames.push(t);
      if (window.__framesOn) requestAnimationFrame(tick);
    });
  `);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < moves; i++) {
    const phase = Math.floor(i / 20) % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx + ((i % 20) - 10) * 6 * phase, cy + ((i % 20) - 10) * 3 * phase);
  }
  await page.mouse.up();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  const at = (q: number) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))] ?? NaN;
  return { frames: deltas.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
