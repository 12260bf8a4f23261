import { describe, expect, it } from 'vitest';
import type { EdgeDefinition, ElementDefinition } from 'cytoscape';
import { loadSources } from '../../core/load';
import { readFixture } from '../../core/test-support/fixtures';
import { derive } from '../../store/derive';
import { layoutInput } from '../../worker/layout-input';
import { runLayout } from '../../worker/protocol';
import { graphElements } from './cy-elements';
import { NODE_HEIGHT } from './cy-style';
import { segmentMeets, viewFirst } from './view-first';
import type { Extent } from './view-first';

const view: Extent = { x1: 0, y1: 0, x2: 100, y2: 100 };

describe('segmentMeets', () => {
  it('finds a segment crossing the view with both ends outside it', () => {
    expect(segmentMeets({ x: -50, y: 50 }, { x: 150, y: 50 }, view)).toBe(true);
    expect(segmentMeets({ x: -10, y: -10 }, { x: 110, y: 110 }, view)).toBe(true);
  });

  it('finds a segment with one end inside', () => {
    expect(segmentMeets({ x: 50, y: 50 }, { x: 500, y: 900 }, view)).toBe(true);
  });

  it('misses segments beside, above or cutting past a corner', () => {
    expect(segmentMeets({ x: 120, y: -50 }, { x: 120, y: 150 }, view)).toBe(false);
    expect(segmentMeets({ x: -50, y: -5 }, { x: 150, y: -5 }, view)).toBe(false);
    expect(segmentMeets({ x: 90, y: -20 }, { x: 120, y: 10 }, view)).toBe(false);
  });
});

const node = (id: string, x: number, y: number, w = 20): ElementDefinition => ({ group: 'nodes', data: { id, w }, position: { x, y } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id, source, target } });
const ids = (els: ElementDefinition[]) => els.map((e) => e.data.id);

describe('viewFirst', () => {
  it('puts the nodes in view, then the far ends of the edges across it, then those edges first, each in their order', () => {
    const elements = [
      node('far', 500, 500),
      node('in', 50, 50),
      node('left', -300, 50),
      node('right', 400, 50),
      node('below', 50, 400),
      node('edgeOfView', 105, 50),
      edge('in-below', 'in', 'below'),
      edge('far-below', 'far', 'below'),
      edge('left-right', 'left', 'right'),
    ];
    const { elements: ordered, inView } = viewFirst(elements, view);
    // edgeOfView's box (20 wide) reaches into the view; left and right are drawn across it.
    expect(ids(ordered.slice(0, inView))).toEqual(['in', 'edgeOfView', 'left', 'right', 'below', 'in-below', 'left-right']);
    expect(ids(ordered.slice(inView))).toEqual(['far', 'far-below']);
  });

  it('puts everything first when the view holds the whole scene', () => {
    const elements = [node('a', 10, 10), node('b', 90, 90), edge('ab', 'a', 'b')];
    expect(viewFirst(elements, view)).toEqual({ elements, inView: 3 });
  });
});

describe('viewFirst on a real graph (bearer, laid out as the worker does)', () => {
  const graph = loadSources(['golist-m.json', 'modgraph.txt'].map((name) => ({ name, text: readFixture('committed-real/bearer', name) })));
  const positions = runLayout(layoutInput(graph), 'TB');
  const elements = graphElements(graph, derive(graph), positions);
  const main = graph.mainIds[0];
  // The top of the drawing around the main module, as the first view of a big graph shows it.
  const top: Extent = { x1: positions.x[main] - 400, y1: positions.y[main] - 50, x2: positions.x[main] + 400, y2: positions.y[main] + 400 };
  const { elements: ordered, inView } = viewFirst(elements, top);
  const byId = new Map(elements.map((e) => [e.data.id, e]));
  const at = (id: string) => byId.get(id)!.position!;

  it('keeps every element exactly once, each edge after both of its ends', () => {
    expect(new Set(ordered)).toEqual(new Set(elements));
    expect(ordered).toHaveLength(elements.length);
    const seen = new Set<string>();
    for (const e of ordered) {
      if (e.group === 'edges') expect(seen.has((e as EdgeDefinition).data.source) && seen.has((e as EdgeDefinition).data.target)).toBe(true);
      seen.add(String(e.data.id));
    }
  });

  it('leaves out of the first part only what the view does not show', () => {
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(elements.length);
    for (const e of ordered.slice(inView)) {
      if (e.group === 'edges') expect(segmentMeets(at(e.data.source), at(e.data.target), top)).toBe(false);
      else {
        const { x, y } = e.position!;
        const half = Number(e.data.w) / 2;
        const shown = x + half >= top.x1 && x - half <= top.x2 && y + NODE_HEIGHT / 2 >= top.y1 && y - NODE_HEIGHT / 2 <= top.y2;
        expect(shown).toBe(false);
      }
    }
  });

  it('holds the main module and every module it requires, since its edges fan out across the view', () => {
    const first = new Set(ids(ordered.slice(0, inView)));
    expect(first.has(`m${main}`)).toBe(true);
    for (let e = graph.requires.offsets[main]; e < graph.requires.offsets[main + 1]; e++) expect(first.has(`m${graph.requires.targets[e]}`)).toBe(true);
  });
});
