import cytoscape from 'cytoscape';
import type { BoundingBox12, Core, ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../core/load';
import { readFixture } from '../../core/test-support/fixtures';
import { derive } from '../../store/derive';
import { layoutInput } from '../../worker/layout-input';
import { runLayout } from '../../worker/protocol';
import { graphElements } from './cy-elements';
import { graphStyle } from './cy-style';
import { styleFirstTime } from './first-style';
import { groupedElements } from './grouping';

const graph = loadSources(['golist-m.json', 'modgraph.txt'].map((name) => ({ name, text: readFixture('gin', name) })));
const derived = derive(graph);
const flat = graphElements(graph, derived, runLayout(layoutInput(graph), 'TB'));
const grouped = groupedElements(graph, derived, new Set(graph.modules.map((m) => m.path.split('/').slice(0, 2).join('/'))), 'TB', 16 / 9);

const PROPERTIES = ['width', 'height', 'label', 'background-color', 'border-width', 'border-color', 'font-weight', 'curve-style', 'line-color', 'line-style', 'target-arrow-shape', 'display', 'opacity', 'z-index'];

const headless = (large: boolean) => cytoscape({ headless: true, styleEnabled: true, style: graphStyle('light', large) });
const box = (b: BoundingBox12) => [b.x1, b.y1, b.x2, b.y2].map((n) => Math.round(n * 100) / 100);

/** Every element's style and bounds, in one plain object. */
function snapshot(cy: Core) {
  return cy.elements().map((ele) => ({
    id: ele.id(),
    style: PROPERTIES.map((p) => String(ele.style(p))),
    bounds: box(ele.boundingBox()),
  }));
}

/** Adds the elements in slices, each styled and measured in one go, as the sliced add does. */
function addStyled(cy: Core, elements: ElementDefinition[], quick: boolean, slice = 40) {
  for (let i = 0; i < elements.length; i += slice) {
    const added = cy.add(elements.slice(i, i + slice));
    if (quick) styleFirstTime(cy, added, () => added.boundingBox());
    else added.boundingBox();
  }
}

describe('styleFirstTime', () => {
  it.each([
    ['flat, beziers', flat, false],
    ['flat, haystacks', flat, true],
    ['grouped, children added into their groups slice by slice', grouped, true],
  ] as const)('ends with the styles and bounds Cytoscape computes itself (gin, %s)', (_, elements, large) => {
    const own = headless(large);
    const quick = headless(large);
    addStyled(own, [...elements], false);
    addStyled(quick, [...elements], true);
    expect(snapshot(quick)).toEqual(snapshot(own));
    expect(quick.nodes(':parent').length).toBe(own.nodes(':parent').length);
  });

  it('leaves Cytoscape its own checks afterwards: restyled elements are measured again', () => {
    const cy = headless(false);
    addStyled(cy, [...flat], true);
    const main = cy.getElementById(`m${graph.mainIds[0]}`);
    const edge = main.connectedEdges().first();
    const before = { node: box(main.boundingBox()), edge: box(edge.boundingBox()) };
    main.style('width', 600);
    edge.style('width', 40);
    expect(box(main.boundingBox())).not.toEqual(before.node);
    expect(box(edge.boundingBox())).not.toEqual(before.edge);
    expect(Object.hasOwn(cy.style(), 'checkTriggers')).toBe(false);
  });

  it('keeps the checks for elements styled before, and cuts them for new ones (gin: 19 nodes, 41 edges)', () => {
    const cy = headless(false);
    addStyled(cy, flat.slice(0, 20), true);
    const old = cy.nodes().first();
    const added = cy.add(flat.slice(20, 80));
    // Cytoscape's own checks: ~400 'bounds' events for these 19 nodes and 41 edges.
    const bounds = { old: 0, added: 0, addedNodes: 0 };
    cy.on('bounds', (e) => {
      if (added.has(e.target)) bounds.added++;
      if (added.nodes().has(e.target)) bounds.addedNodes++;
      else if (e.target.same(old)) bounds.old++;
    });
    styleFirstTime(cy, added, () => {
      old.addClass('focus');
      old.style('border-width');
      added.forEach((ele) => void ele.style('width'));
    });
    expect(bounds.old).toBeGreaterThan(0);
    expect(bounds.added).toBeLessThan(added.length);
    expect(bounds.addedNodes).toBe(0);
  });

  it.each([
    ['flat', flat, 0],
    ['grouped', grouped, 1],
  ] as const)("measures new elements without 'bounds' events, but for compound parents (gin, %s)", (_, elements, parentsHeard) => {
    const cy = headless(true);
    const added = cy.add([...elements]);
    const heard = new Set<string>();
    cy.on('bounds', (e) => void heard.add(e.target.id()));
    styleFirstTime(cy, added, () => added.boundingBox());
    const parents = added.nodes(':parent');
    expect(added.filter((ele) => heard.has(ele.id()) && !(ele.isNode() && ele.isParent())).length).toBe(0);
    expect(parents.filter((p) => heard.has(p.id())).length).toBe(parentsHeard * parents.length);
    // Measured again later, as Cytoscape does it: its own events are back.
    heard.clear();
    added.nodes().first().position({ x: 1, y: 1 });
    added.nodes().first().boundingBox();
    expect(heard.size).toBeGreaterThan(0);
  });

  it('puts the checks back when styling throws', () => {
    const cy = headless(false);
    const added = cy.add(flat.slice(0, 5));
    const emit = (Object.getPrototypeOf(added) as { emitAndNotify: unknown }).emitAndNotify;
    expect(() => styleFirstTime(cy, added, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(Object.hasOwn(cy.style(), 'checkTriggers')).toBe(false);
    expect(Object.getPrototypeOf(added).emitAndNotify).toBe(emit);
  });
});
