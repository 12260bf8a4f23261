import { describe, expect, it } from 'vitest';
import { readFixture } from '../core/test-support/fixtures';
import { createLoadClient } from '../worker/client';
import { createActions } from './actions';
import { createAppStore } from './app-store';
import { createCompareActions } from './governance-compare';
import { createSnapshotLoader, shareFragment } from './governance-load';
import { governanceMarks, markedLabel } from './governance-marks';
import { createOrgActions } from './governance-org';
import { createGovernanceStore, shownSide } from './governance-store';

// Node has no Worker: the client runs the same functions on the main thread.
function setup() {
  const app = createAppStore();
  const client = createLoadClient();
  const appActions = createActions(app, client);
  const gov = createGovernanceStore();
  const loader = createSnapshotLoader(app, client);
  return { app, gov, appActions, compare: createCompareActions(gov, app, loader), org: createOrgActions(gov, app, loader, appActions) };
}

const files = (dir: string, names: string[]) => names.map((n) => ({ name: `${dir}/${n}`, text: readFixture(dir, n) }));
const SYNC = ['go.mod', 'modgraph.txt', 'golist-m.json'];

describe('compare', () => {
  it('diffs the loaded graph against a snapshot loaded as "after" and shows the after side', async () => {
    const { app, gov, appActions, compare } = setup();
    await appActions.load(files('syncthing', SYNC), 'replace');
    const before = app.getState().graph;
    await compare.compareWith({ sources: files('syncthing-untidy', SYNC), label: 'untidy' }, 'after');
    const c = gov.getState().compare!;
    expect(c.before.graph).toBe(before);
    expect(shownSide(c, app.getState().graph)).toBe('after');
    expect(app.getState().panel).toBe('diff');
    expect(c.diff.edgesAdded).toContainEqual({ from: 'github.com/syncthing/syncthing', to: 'github.com/jpillora/backoff' });

    const marks = governanceMarks(app.getState().graph!, app.getState().analysis, c, 'after');
    expect(marks.edges.length).toBe(c.diff.edgesAdded.length);
    compare.showSide('before');
    expect(app.getState().graph).toBe(before);
    compare.endCompare();
    expect(gov.getState().compare).toBeNull();
  });

  it('shows each side in the layout its positions were made by', async () => {
    const { app, appActions, compare } = setup();
    await appActions.load(files('syncthing', SYNC), 'replace');
    await appActions.setLayout('force');
    await compare.compareWith({ sources: files('syncthing-untidy', SYNC), label: 'untidy' }, 'after');
    expect(app.getState()).toMatchObject({ layout: 'layered', positions: { layout: 'layered' } });
    compare.showSide('before');
    expect(app.getState()).toMatchObject({ layout: 'force', positions: { layout: 'force' } });
  });

  it('keeps the graph and reports the source when the other snapshot is not Go output', async () => {
    const { app, gov, appActions, compare } = setup();
    await appActions.load(files('syncthing', SYNC), 'replace');
    await compare.compareWith({ sources: [{ name: 'pasted text', text: 'nothing here {' }], label: 'pasted text' }, 'after');
    expect(gov.getState().compare).toBeNull();
    expect(app.getState().error?.message).toMatch(/pasted text/);
  });
});

describe('organisation', () => {
  it('names services by main module and finds shared and fragmented modules', async () => {
    const { gov, org } = setup();
    await org.addService(files('gin', ['golist-m.json', 'modgraph.txt']));
    await org.addService(files('syncthing', ['golist-m.json', 'modgraph.txt']));
    const view = gov.getState().org!;
    expect(view.services).toEqual(['github.com/gin-gonic/gin', 'github.com/syncthing/syncthing']);
    expect(view.shared.length).toBeGreaterThan(0);
    expect(view.fragmented.find((f) => f.path === 'golang.org/x/sys')?.versions.length).toBe(2);
    org.removeService(0);
    expect(gov.getState().org?.services).toEqual(['github.com/syncthing/syncthing']);
  });
});

describe('marks', () => {
  it('labels marked modules with signs and words', () => {
    expect(markedLabel('golang.org/x/net', 'v0.10.0', { diff: 'upgraded', diffNote: 'v0.9.0 → v0.10.0', vuln: 'called', vulnCount: 3 })).toBe(
      '↑⚠ golang.org/x/net\nupgraded v0.9.0 → v0.10.0 · 3 vulns, called',
    );
  });

  it('reads share links from a URL or a bare fragment', () => {
    expect(shareFragment('https://x.dev/gotopo/#g=3.abc_-')).toBe('g=3.abc_-');
    expect(shareFragment('g=3.abc')).toBe('g=3.abc');
    expect(shareFragment('github.com/a b@v1')).toBeNull();
  });
});
