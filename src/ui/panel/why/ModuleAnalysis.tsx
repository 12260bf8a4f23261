import { useApp } from '../../use-app';
import { FindingItem } from '../findings/FindingItem';
import { ModuleLinkList } from '../ModuleLinkList';
import { Section } from '../Section';
import { findingModuleIds } from '../../../store/analysis-select';
import { useModuleWhy } from './use-module-why';
import { WhySection } from './WhySection';

/** The analysis part of module details: why it is here, what it alone brings in, its findings. */
export function ModuleAnalysis({ id, path }: { id: number; path: string }) {
  const w = useModuleWhy(id);
  const graph = useApp((s) => s.graph);
  const findings = useApp((s) => s.analysis?.findings);
  const lit = useApp((s) => s.litFinding);
  const missingWeight = useApp((s) => s.analysis?.available['exclusive-weight']);
  if (!w || !graph) return null;
  return (
    <>
      <WhySection why={w} path={path} />
      <Section level={3} title="Exclusive weight" count={w.exclusive?.length}>
        {w.exclusive === null ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">{typeof missingWeight === 'string' ? missingWeight : 'Not available.'}</p>
        ) : (
          <>
            <p className="mb-1 text-xs text-slate-600 dark:text-slate-300">
              {w.exclusive.length === 0
                ? 'Dropping it would take no other module away: nothing in the graph is reached only through it.'
                : `Dropping it would take ${w.exclusive.length === 1 ? 'this module' : `these ${w.exclusive.length} modules`} away with it (nothing else requires them):`}
            </p>
            {w.exclusive.length > 0 && <ModuleLinkList ids={w.exclusive} label="Would leave with it" />}
          </>
        )}
      </Section>
      {findings && w.findings.length > 0 && (
        <Section level={3} title="Findings" count={w.findings.length}>
          <ul aria-label="Findings of this module" className="flex flex-col gap-2">
            {w.findings.map((i) => (
              <FindingItem key={i} index={i} finding={findings[i]} ids={findingModuleIds(graph, findings[i])} lit={lit === i} />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
