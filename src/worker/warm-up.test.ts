import { describe, expect, it } from 'vitest';
import { runLoad } from './protocol';
import { WARM_UP_ROUNDS, warmUpInputs, warmUpLoads } from './warm-up';

describe('warmUpInputs', () => {
  const [modules, packages] = warmUpInputs().map((make) => runLoad(make(), 'TB', () => undefined).graph);

  it('loads as a clean Go project from go list -m with go mod graph: 120 modules, the main one requiring each', () => {
    expect(modules.modules).toHaveLength(120);
    expect(modules.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const main = modules.mainIds[0];
    const fromMain = modules.requires.offsets[main + 1] - modules.requires.offsets[main];
    expect(fromMain).toBe(119);
    expect(modules.requires.targets.length).toBeGreaterThan(fromMain);
    expect(modules.packages).toBeNull();
  });

  it('loads as a package list from go list -deps, with import edges between modules', () => {
    expect(packages.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(packages.packages?.length).toBeGreaterThan(50);
    expect(packages.modules.length).toBeGreaterThan(10);
    expect(packages.imports?.targets.length).toBeGreaterThan(0);
  });
});

describe('warmUpLoads', () => {
  it('runs every round of both shapes, asking before each load whether to stop', async () => {
    let asked = 0;
    await warmUpLoads(() => (asked++, false));
    expect(asked).toBe(WARM_UP_ROUNDS * 2);
  });

  it('stops at the first answer of yes, loading nothing more', async () => {
    let asked = 0;
    await warmUpLoads(() => ++asked > 3);
    expect(asked).toBe(4);
  });
});
