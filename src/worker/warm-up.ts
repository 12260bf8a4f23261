// Warms the worker's parse, model, analysis and layout code before the
// user's first load. Run cold, they took ~145 ms of a 1,000-module load here;
// warmed, ~90 ms (V8 optimises code that has run a few times over). So as
// soon as it starts, while the page boots, the worker loads a small synthetic
// project in both common input shapes a few times over and drops the results,
// a step per task (none over ~30 ms), stopping as soon as a real request comes
// in: a load picked meanwhile waits a step at most. Started later (when the
// landing page is idle), it ran beside the graph's own warm-up on the main
// thread and slowed that down: on two cores, the worker's turn is the boot.
import { generateGoProject } from '../core/synth';
import type { SourceText } from '../core/parse/types';
import { nextTask } from './next-task';
import { runLoad } from './protocol';

/** Rounds of loads: enough for the hot loops to reach V8's optimising tiers, ~0.15 s of worker time here. */
export const WARM_UP_ROUNDS = 6;

/** The inputs a round loads, each made when first asked for: `go list -m -json all` with `go mod graph`, and `go list -deps -json`. */
export function warmUpInputs(): (() => SourceText[])[] {
  const project = generateGoProject({ modules: 120, edges: 500, seed: 1 });
  let deps: SourceText[] | undefined;
  const modules: SourceText[] = [
    { name: 'go-list-m.json', text: project.listModules },
    { name: 'go-mod-graph.txt', text: project.modGraph },
  ];
  return [() => modules, () => (deps ??= [{ name: 'go-list-deps.json', text: project.listDeps(100e3) }])];
}

/** Loads the warm-up inputs WARM_UP_ROUNDS times, a load per task; ends early once `stop()` says so. */
export async function warmUpLoads(stop: () => boolean): Promise<void> {
  const inputs = warmUpInputs();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const sources of inputs) {
      await nextTask();
      if (stop()) return;
      runLoad(sources(), 'TB', () => undefined);
    }
  }
}
