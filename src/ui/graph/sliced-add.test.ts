import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addInSlices, drawSlice, MAX_SLICES, MAX_UNDRAWN, nextSliceSize, SLICE_BUDGET_MS, sliceFloor } from './sliced-add';

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

describe('drawSlice', () => {
  const at = { drawnAt: 300, total: 10_000, first: 4000, used: false };

  it('draws the first slice, the first view whole and the last', () => {
    expect(drawSlice({ ...at, i: 300, drawnAt: -1 })).toBe(true);
    expect(drawSlice({ ...at, i: 4000 })).toBe(true);
    expect(drawSlice({ ...at, i: 10_000, drawnAt: 4000 })).toBe(true);
  });

  it('holds the slices between, and the rest off screen while the view stays still', () => {
    expect(drawSlice({ ...at, i: 1200 })).toBe(false);
    expect(drawSlice({ ...at, i: 6000, drawnAt: 4000 })).toBe(false);
  });

  it('draws the rest every MAX_UNDRAWN elements, and a first view only whole', () => {
    const big = { ...at, first: 9000, total: 20_000 };
    expect(drawSlice({ ...big, i: 300 + MAX_UNDRAWN })).toBe(false);
    expect(drawSlice({ ...big, i: 8999 + MAX_UNDRAWN, drawnAt: 9000 })).toBe(false);
    expect(drawSlice({ ...big, i: 9000 + MAX_UNDRAWN, drawnAt: 9000 })).toBe(true);
  });

  it('draws every slice once the user pans, zooms or points at a node', () => {
    expect(drawSlice({ ...at, i: 1200, used: true })).toBe(true);
    expect(drawSlice({ ...at, i: 7000, drawnAt: 4000, used: true })).toBe(true);
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

  // Loads a scene with a first part, and tells by elements in whether Cytoscape batches (neither styles nor draws) in the task after each slice.
  const heldAfterSlices = async (nodes: number, count: number, onSlice: (cy: Core, n: number) => void = () => undefined) => {
    const cy = cytoscape({ headless: true });
    // Cytoscape's own batching(), missing from its type definitions.
    const batching = () => (cy as unknown as { batching(): boolean }).batching();
    const held: [number, boolean][] = [];
    const onAdded = () => {
      const n = cy.elements().length;
      setTimeout(() => held.push([n, batching()]), 0);
      onSlice(cy, n);
    };
    await addInSlices(cy, scene(nodes), onAdded, { count, drawn: () => undefined });
    expect(batching()).toBe(false);
    return held;
  };

  it("draws the first part's first slice, then holds Cytoscape's drawing until the part is whole", async () => {
    const count = 1500;
    const held = await heldAfterSlices(1000, count);
    const during = held.filter(([n]) => n < count);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during[0][1]).toBe(false);
    expect(during.slice(1).every(([, batching]) => batching)).toBe(true);
    expect(held.filter(([n]) => n >= count).every(([, batching]) => !batching)).toBe(true);
  });

  it('adds the rest off screen undrawn, but for every MAX_UNDRAWN elements and the end', async () => {
    const count = 400;
    const held = await heldAfterSlices(3000, count);
    const rest = held.filter(([n]) => n > count);
    expect(rest.some(([, batching]) => batching)).toBe(true);
    expect(rest.at(-1)).toEqual([5999, false]);
    const drawnAt = [count, ...rest.filter(([, batching]) => !batching).map(([n]) => n)];
    drawnAt.slice(1, -1).forEach((n, k) => expect(n).toBe(drawnAt[k] + MAX_UNDRAWN));
  });

  it('draws each slice of the rest once the user moves the view', async () => {
    const count = 400;
    // A pan after the first view is whole.
    const held = await heldAfterSlices(3000, count, (cy, n) => n > count && cy.panBy({ x: 5, y: 0 }));
    expect(held.filter(([n]) => n > count).every(([, batching]) => !batching)).toBe(true);
  });

  it('draws a big first part whole, then the rest at most MAX_UNDRAWN elements at a time', async () => {
    const count = 6000;
    const held = await heldAfterSlices(8000, count);
    const drawnAt = held.filter(([, batching]) => !batching).map(([n]) => n);
    expect(drawnAt.filter((n) => n <= count)).toEqual([drawnAt[0], count]);
    expect(drawnAt.at(-1)).toBe(15_999);
    const rest = drawnAt.filter((n) => n >= count);
    expect(rest.length).toBeGreaterThan(2);
    rest.slice(1).forEach((n, k) => expect(n - rest[k]).toBeLessThanOrEqual(MAX_UNDRAWN));
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
