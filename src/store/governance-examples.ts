// Built-in comparisons and organisations, listed in public/examples/index.json
// beside the examples and fetched with the same helpers.
import type { SourceText } from '../core/parse/types';
import type { FileSource } from '../worker/client';
import { fetchExampleFiles, fetchExamples, fetchText } from './examples';
import type { Example } from './examples';

export interface ComparisonSide {
  id: string;
  title: string;
  /** Paths under examples/. */
  files: string[];
}

export interface ComparisonExample {
  id: string;
  title: string;
  description: string;
  before: ComparisonSide;
  after: ComparisonSide;
}

export interface OrgExample {
  id: string;
  title: string;
  description: string;
  /** Ids of entries of `examples`, one service each. */
  examples: string[];
}

export interface GovernanceManifest {
  comparisons: ComparisonExample[];
  organisations: OrgExample[];
}

let manifest: Promise<GovernanceManifest> | null = null;

/** The comparisons and organisations of the manifest (fetched once per page). */
export function fetchGovernanceManifest(): Promise<GovernanceManifest> {
  manifest ??= fetchText('examples/index.json').then((text) => {
    const m = JSON.parse(text) as Partial<GovernanceManifest>;
    return { comparisons: m.comparisons ?? [], organisations: m.organisations ?? [] };
  });
  manifest.catch(() => (manifest = null));
  return manifest;
}

/** The texts of one side of a comparison, named "<side id>/<file>". */
export function fetchSideSources(side: ComparisonSide): Promise<FileSource[]> {
  return fetchExampleFiles({ id: side.id, title: side.title, project: side.title, description: '', files: side.files });
}

/** The examples an organisation is made of, in its order. */
export async function fetchOrgExamples(org: OrgExample): Promise<Example[]> {
  const all = await fetchExamples();
  return org.examples.map((id) => {
    const ex = all.find((e) => e.id === id);
    if (!ex) throw new Error(`the organisation "${org.title}" names the example "${id}", which index.json does not list`);
    return ex;
  });
}

/** The sample policy shipped with the examples. */
export async function fetchSamplePolicy(): Promise<SourceText> {
  return { name: 'policy.sample.yaml', text: await fetchText('examples/policy.sample.yaml') };
}
