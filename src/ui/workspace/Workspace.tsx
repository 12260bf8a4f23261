import { GraphView } from '../graph/GraphView';
import { SidePanel } from '../panel/SidePanel';
import { TopBar } from './TopBar';

/** The loaded project: top bar, the graph in the centre, the side panel. */
export function Workspace() {
  return (
    <div className="flex h-full flex-col">
      <TopBar />
      <div className="flex min-h-0 flex-1">
        <main className="relative min-w-0 flex-1" aria-label="Module graph">
          <GraphView />
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
