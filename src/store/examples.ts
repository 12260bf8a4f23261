// The one-click examples: a manifest in public/examples/index.json and the
// files each one loads, fetched relative to the page (the site may live in a subfolder).
import type { SourceText } from '../core/parse/types';
import type { FileSource } from '../worker/client';

export interface Example {
  id: string;
  title: string;
  /** The project and tag the outputs were printed for. */
  project: string;
  description: string;
  /** Paths under examples/. */
  files: string[];
}

export async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not fetch ${url}: HTTP ${res.status}`);
  return res.text();
}

export async function fetchExamples(): Promise<Example[]> {
  const manifest = JSON.parse(await fetchText('examples/index.json')) as { examples?: Example[] };
  return manifest.examples ?? [];
}

async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not fetch ${url}: HTTP ${res.status}`);
  return res.blob();
}

const sourceName = (example: Example, file: string) => `${example.id}/${file.split('/').pop()}`;

export async function fetchExampleSources(example: Example): Promise<SourceText[]> {
  return Promise.all(example.files.map(async (file) => ({ name: sourceName(example, file), text: await fetchText(`examples/${file}`) })));
}

/** The example's files as blobs: the worker reads them, so a 10 MB example never blocks the page. */
export async function fetchExampleFiles(example: Example): Promise<FileSource[]> {
  return Promise.all(example.files.map(async (file) => ({ name: sourceName(example, file), file: await fetchBlob(`examples/${file}`) })));
}
