import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle } from './cy-style';
import { warmUpElements } from './warm-up';

describe('warmUpElements', () => {
  const elements = warmUpElements();
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('is a Go-shaped graph: a main module requiring every other, the others requiring a few each', () => {
    const main = nodes.find((n) => n.classes === 'main')!;
    const fromMain = edges.filter((e) => e.data.source === main.data.id);
    expect(fromMain).toHaveLength(nodes.length - 1);
    expect(edges.length).toBeGreaterThan(2 * nodes.length);
    for (const n of nodes) expect(String(n.data.label)).toMatch(/^[\x20-\x7e\n]+$/);
  });

  it('loads into Cytoscape with the app stylesheet, every edge between two of its nodes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle('light', true), elements });
    expect(cy.nodes()).toHaveLength(nodes.length);
    expect(cy.edges()).toHaveLength(edges.length);
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const e of edges) expect(ids.has(e.data.source) && ids.has(e.data.target) && e.data.source !== e.data.target).toBe(true);
  });
});
