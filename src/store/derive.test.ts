import { describe, expect, it } from 'vitest';
import { loadSources } from '../core/load';
import { readFixture } from '../core/test-support/fixtures';
import { derive } from './derive';

const load = (project: string, files: string[]) => loadSources(files.map((name) => ({ name, text: readFixture(project, name) })));

describe('the edges that stand for the graph', () => {
  it('are go mod graph requirements when that input is loaded', () => {
    const graph = load('syncthing', ['go.mod', 'modgraph.txt', 'golist-deps.json']);
    const d = derive(graph);
    expect(d.edgeKind).toBe('requires');
    expect(d.edgeCount).toBe(graph.requires.targets.length);
  });

  it("are import edges without go mod graph, even when go.mod's flat requirements are loaded", () => {
    const graph = load('cri-o', ['go.mod', 'vendor-modules.txt', 'golist-deps.json']);
    const d = derive(graph);
    // go.mod alone gives one edge per requirement, all out of the main module.
    const mainOut = graph.requires.offsets[1] - graph.requires.offsets[0];
    expect(mainOut).toBe(graph.requires.targets.length);
    expect(d.edgeKind).toBe('imports');
    expect(d.edgeCount).toBe(graph.imports!.targets.length);
  });
});
