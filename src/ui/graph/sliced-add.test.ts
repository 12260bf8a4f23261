import { describe, expect, it } from 'vitest';
import { MAX_SLICES, nextSliceSize, SLICE_BUDGET_MS, sliceFloor } from './sliced-add';

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
