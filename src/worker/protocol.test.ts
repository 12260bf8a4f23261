import { describe, expect, it } from 'vitest';
import { loadSources } from '../core/load';
import { encodeShare, snapshotFromGraph } from '../core/share';
import { readFixture } from '../core/test-support/fixtures';
import { layoutInput } from './layout-input';
import { runLayout, runSnapshot } from './protocol';

const gin = loadSources(['golist-m.json', 'modgraph.txt'].map((name) => ({ name, text: readFixture('gin', name) })));
const linkOf = (view: Parameters<typeof snapshotFromGraph>[1]) => encodeShare(snapshotFromGraph(gin, view));

describe('runSnapshot', () => {
  it("lays a link's graph out in the link's layout and direction", () => {
    const input = layoutInput(gin);
    const force = runSnapshot(linkOf({ layout: 'force' }), 'TB', () => undefined);
    expect(Array.from(force.positions.x)).toEqual(Array.from(runLayout(input, 'TB', {}, 'force').x));
    const lr = runSnapshot(linkOf({ direction: 'LR' }), 'TB', () => undefined);
    expect(Array.from(lr.positions.y)).toEqual(Array.from(runLayout(input, 'LR').y));
    expect(Array.from(lr.positions.x)).not.toEqual(Array.from(force.positions.x));
  });
});
