import { describe, expect, it } from 'vitest';
import { layeredLayout } from '../layout';
import { exportSvg, xmlText } from './index';
import { graphFromModGraph } from './test-support/graph';

const hostile = graphFromModGraph(
  [
    'example.com/app example.com/a"b<script>alert(1)</script>@v1.0.0',
    `example.com/app example.com/img<img/src=x/onerror=alert(1)>&'@v1.2.0`,
    'example.com/a"b<script>alert(1)</script>@v1.0.0 example.com/ctl\u0001\u202e@v0.1.0',
  ].join('\n'),
);

function positions(graph = hostile) {
  const n = graph.modules.length;
  return { x: Float64Array.from({ length: n }, (_, i) => i * 200), y: Float64Array.from({ length: n }, (_, i) => i * 80) };
}

describe('SVG export', () => {
  it('escapes every text from the inputs', () => {
    const svg = exportSvg(hostile, { positions: positions() });
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg.includes('\u0001') || svg.includes('\u202e')).toBe(false);
    expect(svg).toContain('example.com/a&quot;b&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;&#39;');
  });

  it('is well-formed XML with one box per module and one line per edge', () => {
    const svg = exportSvg(hostile, { positions: positions() });
    expect(svg.match(/<rect [^>]*rx="6"/g)).toHaveLength(hostile.modules.length);
    expect(svg.match(/<line /g)).toHaveLength(hostile.requires.targets.length);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws only the given modules and the edges among them', () => {
    const ids = [0, 1];
    const svg = exportSvg(hostile, { positions: positions(), ids });
    expect(svg.match(/<rect [^>]*rx="6"/g)).toHaveLength(2);
  });

  it('uses the layout positions', () => {
    const graph = graphFromModGraph('example.com/app example.com/x@v1.0.0\nexample.com/x@v1.0.0 example.com/y@v1.0.0');
    const widths = new Float64Array(graph.modules.length).fill(120);
    const layout = layeredLayout({ nodeCount: graph.modules.length, edges: graph.requires, roots: graph.mainIds, widths, direction: 'TB' });
    const svg = exportSvg(graph, { positions: layout });
    expect(svg).toMatch(/viewBox="[-\d.]+ [-\d.]+ [\d.]+ [\d.]+"/);
  });

  it('escapes XML text', () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});
