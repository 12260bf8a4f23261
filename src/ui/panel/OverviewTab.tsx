import { useMemo } from 'react';
import { missingInputs } from '../../core/model/advice';
import { Command } from '../common/Command';
import { useApp } from '../use-app';
import { Diagnostics } from './Diagnostics';
import { inputName } from './input-labels';
import { ModuleLinkList } from './ModuleLinkList';
import { Section } from './Section';
import { formatCount } from '../../core/format-count';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What was loaded, what it adds up to, what went wrong, and what is missing. */
export function OverviewTab() {
  const graph = useApp((s) => s.graph);
  const derived = useApp((s) => s.derived);
  const missing = useMemo(() => (graph ? missingInputs(graph) : []), [graph]);
  if (!graph || !derived) return null;
  const edgeNote = derived.edgeKind === 'imports' ? 'import edges between modules (no go mod graph)' : 'requirement edges between modules';
  return (
    <div>
      <Section title="Graph">
        <p className="text-xl font-semibold tracking-tight">
          {plural(graph.modules.length, 'module', 'modules')}, {plural(derived.edgeCount, 'edge', 'edges')}
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-400">{edgeNote}</p>
      </Section>
      <Section title="Inputs" count={graph.inputs.length}>
        <ul aria-label="Inputs" className="flex flex-col gap-1.5">
          {graph.inputs.map((input, i) => (
            <li key={i} className="text-sm">
              <span className="font-mono text-[12.5px] font-medium">{inputName(input)}</span>
              <span className="text-slate-600 dark:text-slate-300"> — {plural(input.count, input.unit.replace(/s$/, ''), input.unit)}</span>
              <span className="block truncate text-xs text-slate-500 dark:text-slate-400" title={input.source}>
                {input.source}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      {missing.length > 0 && (
        <Section title="Add for a fuller picture">
          <ul className="flex flex-col gap-3">
            {missing.map((m, i) => (
              <li key={i}>
                <p className="mb-1 text-sm text-slate-700 dark:text-slate-300">{m.adds}</p>
                <Command command={m.command} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {graph.selectionMismatches.length > 0 && (
        <Section title="go mod graph vs go list -m" count={graph.selectionMismatches.length}>
          <p className="mb-1.5 text-xs text-slate-500 dark:text-slate-400">Versions selected by MVS over the graph that differ from what go list -m printed:</p>
          <ul className="flex flex-col gap-1 font-mono text-xs">
            {graph.selectionMismatches.map((m) => (
              <li key={m.path} className="break-all">
                {m.path}: graph {m.graphVersion}, list {m.listedVersion}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {graph.diagnostics.length > 0 && (
        <Section title="Diagnostics" count={graph.diagnostics.length}>
          <Diagnostics items={graph.diagnostics} />
        </Section>
      )}
      <Section title="Direct dependencies" count={derived.directIds.length}>
        <ModuleLinkList ids={derived.directIds} label="Direct dependencies" />
      </Section>
    </div>
  );
}
