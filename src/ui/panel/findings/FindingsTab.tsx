import { actions } from '../../../store';
import { findingGroups, unavailableKinds } from '../../../store/analysis-select';
import { SEVERITY_RANK } from '../../../store/analysis-select';
import { useApp } from '../../use-app';
import { Section } from '../Section';
import { Backticks } from './Backticks';
import { FindingGroup } from './FindingGroup';
import { KIND_INFO } from './kind-info';
import { formatCount } from '../../../core/format-count';

/** Redundant and risky dependencies, grouped by kind, and the kinds that could not run. */
export function FindingsTab() {
  const analysis = useApp((s) => s.analysis);
  const lit = useApp((s) => s.litFinding !== null);
  if (!analysis) return null;
  const groups = findingGroups(analysis);
  const missing = unavailableKinds(analysis);
  return (
    <div>
      <div className="mb-3 flex items-center gap-2">
        <p className="flex-1 text-sm text-slate-700 dark:text-slate-200">
          {formatCount(analysis.findings.length)} findings in {groups.length} kinds. Click one to show its modules on the graph.
        </p>
        {lit && (
          <button type="button" onClick={actions.clearLit} className="shrink-0 text-xs font-medium text-sky-700 hover:underline dark:text-sky-300">
            Clear highlight
          </button>
        )}
      </div>
      {groups.length === 0 && <p className="mb-4 text-sm text-slate-500 dark:text-slate-400">No findings for the inputs loaded.</p>}
      <div className="mb-5">
        {groups.map((g) => (
          // Groups that ask for action start open; informational ones start closed.
          <FindingGroup key={g.kind} group={g} open={SEVERITY_RANK[g.worst] >= SEVERITY_RANK.warning} />
        ))}
      </div>
      {missing.length > 0 && (
        <Section title="Could not check" count={missing.length}>
          <ul aria-label="Checks that could not run" className="flex flex-col gap-1.5">
            {missing.map((m) => (
              <li key={m.kind} className="text-xs leading-snug" title={KIND_INFO[m.kind]}>
                <span className="font-mono font-semibold text-slate-800 dark:text-slate-200">{m.kind}</span>
                <span className="text-slate-600 dark:text-slate-300">: <Backticks text={m.reason} /></span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
