// Reads the real Go tool outputs in ../shared/fixtures (tests only; Node).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared fixtures directory, or the copies shipped in public/examples. */
export const FIXTURES_DIR = existsSync(resolve(repoRoot, '../shared/fixtures'))
  ? resolve(repoRoot, '../shared/fixtures')
  : resolve(repoRoot, 'public/examples');

/** Project fixture directories, relative to FIXTURES_DIR. */
export const FIXTURE_PROJECTS = [
  'gin',
  'gin/go1.19',
  'syncthing',
  'syncthing-untidy',
  'cri-o',
  'committed-real/bearer',
  'committed-real/fortigate_exporter',
] as const;

export type FixtureProject = (typeof FIXTURE_PROJECTS)[number];

export function fixturePath(project: string, file: string): string {
  return join(FIXTURES_DIR, project, file);
}

export function hasFixture(project: string, file: string): boolean {
  return existsSync(fixturePath(project, file));
}

export function readFixture(project: string, file: string): string {
  return readFileSync(fixturePath(project, file), 'utf8');
}

export function fixtureFiles(project: string): string[] {
  return readdirSync(join(FIXTURES_DIR, project), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}
