import { describe, expect, it } from 'vitest';
import { loadSources } from '../../core/load';
import { readFixture } from '../../core/test-support/fixtures';
import { derive } from '../../store/derive';
import { layoutInput } from '../../worker/layout-input';
import { runLayout } from '../../worker/protocol';
import { graphElements } from './cy-elements';
import { monospaceAdvance, monospaceLabelSize } from './label-measure';

describe('monospaceLabelSize', () => {
  it('measures every module label of a real graph (cri-o, vendored): Go module paths and versions are printable ASCII', () => {
    const graph = loadSources(['go.mod', 'vendor-modules.txt', 'golist-deps.json'].map((name) => ({ name, text: readFixture('cri-o', name) })));
    const labels = graphElements(graph, derive(graph), runLayout(layoutInput(graph), 'TB'))
      .filter((e) => e.group === 'nodes')
      .map((e) => String(e.data.label));
    expect(labels.length).toBe(graph.modules.length);
    for (const label of labels) {
      const [path, version] = label.split('\n');
      const size = monospaceLabelSize(label, 6.6, 11);
      expect(size).toEqual({ width: Math.ceil(Math.max(path.length, version?.length ?? 0) * 6.6), height: version === undefined ? 11 : 22, labelActualAscent: 0, labelActualDescent: 0 });
    }
  });

  it('rounds each line up, as Cytoscape does, and takes the widest', () => {
    expect(monospaceLabelSize('abc\nabcdefg', 6.6, 11)?.width).toBe(Math.ceil(7 * 6.6));
    expect(monospaceLabelSize('', 6.6, 11)).toEqual({ width: 0, height: 11, labelActualAscent: 0, labelActualDescent: 0 });
  });

  it('leaves text with other characters to the canvas', () => {
    expect(monospaceLabelSize('golang.org/x · 12 modules', 6.6, 11)).toBeNull();
    expect(monospaceLabelSize('example.com/ü', 6.6, 11)).toBeNull();
    expect(monospaceLabelSize('a\tb', 6.6, 11)).toBeNull();
  });
});

describe('monospaceAdvance', () => {
  it('is the one advance of a monospace font', () => {
    expect(monospaceAdvance((text) => text.length * 6.62)).toBe(6.62);
  });

  it('is null for a proportional font', () => {
    expect(monospaceAdvance((text) => [...text].reduce((w, c) => w + (c === 'i' ? 3 : 7), 0))).toBeNull();
  });

  it('is null when a run is not as wide as its characters (kerning, ligatures)', () => {
    expect(monospaceAdvance((text) => (text.length === 1 ? 6.62 : text.length * 6.62 - 1))).toBeNull();
  });

  it('is null when the font measures nothing (not loaded, no canvas)', () => {
    expect(monospaceAdvance(() => 0)).toBeNull();
  });
});
