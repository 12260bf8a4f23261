import { useEffect, useRef, useState } from 'react';
import { actions, appStore } from '../../store';
import { mountGraph } from './graph-controller';
import type { GraphHandle } from './graph-controller';
import { GraphToolbar } from './GraphToolbar';
import { GroupedNote } from './GroupedNote';
import { Legend } from './Legend';
import { ScaleControls } from './ScaleControls';
import { useGraphAspect } from './use-graph-aspect';

/** The canvas, mounted once; graph-controller keeps it in step with the store. */
export function GraphView() {
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<GraphHandle | null>(null);
  useGraphAspect(container);
  useEffect(() => {
    const h = mountGraph(container.current!, appStore, actions);
    setHandle(h);
    return () => h.destroy();
  }, []);
  return (
    <>
      <div
        ref={container}
        data-testid="graph-canvas"
        aria-label="Module graph: select a module with search or from the side panel lists"
        role="img"
        className="h-full w-full bg-slate-50 dark:bg-slate-950"
      />
      <GraphToolbar handle={handle} />
      <ScaleControls />
      <GroupedNote />
      <Legend />
    </>
  );
}
