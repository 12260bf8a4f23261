import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addInSlices, MAX_SLICES, nextSliceSize, SLICE_BUDGET_MS, sliceFloor } from './sliced-add';

describe('nextSliceSize', () => {
  it('keeps a slice that took its budget', () => {
    expect(nextSliceSize(800, SLICE_BUDGET_MS)).toBe(800);
  });

  it('shrinks a slice in proportion to how far it overran', () => {
    expect(nextSliceSize(800, SLICE_BUDGET_MS * 2)).toBe(400);
  });

  it('grows a fast slice, at most fourfold per step', () => {
    expect(nextSliceSize(200, SLICE_BUDGET_MS / 2)).toBe(400);
    expect(nextSliceSize(200, 1)).toBe(800);
  });

  it('never goes below the floor, so a slow frame cannot stall the load', () => {
    expect(nextSliceSize(100, SLICE_BUDGET_MS * 50)).toBe(100);
  });

  it('never goes above the ceiling', () => {
    expect(nextSliceSize(3000, 1)).toBe(4000);
  });
});

describe('sliceFloor', () => {
  it('is the fixed floor for scenes of a few thousand elements', () => {
    expect(sliceFloor(1200)).toBe(100);
  });

  it('bounds the number of slices of a big scene, however slow its frames', () => {
    const total = 30_000;
    const floor = sliceFloor(total);
    let size = floor;
    let slices = 0;
    for (let added = 0; added < total; added += size, slices++) size = nextSliceSize(size, SLICE_BUDGET_MS * 10, floor);
    expect(slices).toBeLessThanOrEqual(MAX_SLICES);
    expect(nextSliceSize(floor, SLICE_BUDGET_MS * 10, floor)).toBe(floor);
  });

  it('still lets a big slice grow past the floor when frames are fast', () => {
    expect(nextSliceSize(sliceFloor(30_000), 1, sliceFloor(30_000))).toBe(4000);
  });
});

describe('addInSlices with a first part', () => {
  // Headless Cytoscape has no frames to wait for: a frame is the next task here.
  beforeAll(() => vi.stubGlobal('requestAnimationFrame', (draw: () => void) => setTimeout(draw, 0)));
  afterAll(() => vi.unstubAllGlobals());

  const scene = (nodes: number): ElementDefinition[] => [
    ...Array.from({ length: nodes }, (_, i): ElementDefinition => ({ group: 'nodes', data: { id: `n${i}` } })),
    ...Array.from({ length: nodes - 1 }, (_, i): ElementDefinition => ({ group: 'edges', data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` } })),
  ];

  it('reports the first part drawn once, when exactly its elements are in, and adds the rest after', async () => {
    const cy = cytoscape({ headless: true });
    const elements = scene(400);
    const count = 333;
    const inAtFirst: number[] = [];
    const sliceEnds: number[] = [];
    const done = await addInSlices(cy, elements, () => sliceEnds.push(cy.elements().length), { count, drawn: () => inAtFirst.push(cy.elements().length) });
    expect(done).toBe(true);
    expect(inAtFirst).toEqual([count]);
    expect(sliceEnds).toContain(count);
    expect(cy.elements().length).toBe(elements.length);
  });

  it("draws the first part's first slice, then holds Cytoscape's drawing until the part is whole", async () => {
    const cy = cytoscape({ headless: true });
    const count = 1500;
    // Cytoscape's own batching(), missing from its type definitions.
    const batching = () => (cy as unknown as { batching(): boolean }).batching();
    // Whether Cytoscape batches (neither styles nor draws) in the task after each slice, by elements in.
    const held: [number, boolean][] = [];
    const onAdded = () => {
      const n = cy.elements().length;
      setTimeout(() => held.push([n, batching()]), 0);
    };
    await addInSlices(cy, scene(1000), onAdded, { count, drawn: () => undefined });
    const during = held.filter(([n]) => n < count);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during[0][1]).toBe(false);
    expect(during.slice(1).every(([, batching]) => batching)).toBe(true);
    expect(held.filter(([n]) => n >= count).every(([, batching]) => !batching)).toBe(true);
    expect(batching()).toBe(false);
  });

  it('reports an empty first part before anything is added', async () => {
    const cy = cytoscape({ headless: true });
    const inAtFirst: number[] = [];
    await addInSlices(cy, scene(300), () => undefined, { count: 0, drawn: () => inAtFirst.push(cy.elements().length) });
    expect(inAtFirst).toEqual([0]);
  });

  it('stops, without the first part, when the instance is destroyed on the way', async () => {
    const cy = cytoscape({ headless: true });
    const drawn = vi.fn();
    // A newer scene replaces the instance between slices.
    const done = await addInSlices(cy, scene(1000), () => queueMicrotask(() => cy.destroy()), { count: 1500, drawn });
    expect(done).toBe(false);
    expect(drawn).not.toHaveBeenCalled();
  });
});
