import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import { governanceMarks } from '../../store/governance-marks';
import { shownSide } from '../../store/governance';
import type { Theme } from '../../store/ui-slice';
import { DIFF_BORDER, DIFF_COLOURS } from '../graph/diff-style';
import { POLICY_COLOURS, VULN_COLOURS, VULN_OUTLINE } from '../graph/vuln-style';
import { useApp } from '../use-app';
import { useGov } from './use-governance';

const item = 'flex items-center gap-1.5';
const box = (style: CSSProperties) => <span aria-hidden="true" className="h-3 w-4 rounded-[3px]" style={style} />;

function DiffItems({ theme }: { theme: Theme }) {
  const c = DIFF_COLOURS[theme];
  const rows = [['added', '+'], ['removed', '−'], ['upgraded', '↑'], ['downgraded', '↓']] as const;
  return (
    <>
      {rows.map(([change, sign]) => (
        <span key={change} className={item}>
          {box({ background: c[change].fill, border: `2px ${DIFF_BORDER[change]} ${c[change].border}` })}
          {sign} {change}
        </span>
      ))}
      <span className={item}>
        <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke={c.added.border} strokeWidth="2.5" /></svg>
        edge added
      </span>
      <span className={item}>
        <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke={c.removed.border} strokeWidth="2.5" strokeDasharray="6 4" /></svg>
        edge removed
      </span>
    </>
  );
}

/** Legend entries for the governance marks that are on the graph now. */
export function GovernanceLegend() {
  const theme = useApp((s) => s.theme);
  const graph = useApp((s) => s.graph);
  const analysis = useApp((s) => s.analysis);
  const compare = useGov((s) => s.compare);
  const marks = useMemo(() => (graph ? governanceMarks(graph, analysis, compare, shownSide(compare, graph)) : null), [graph, analysis, compare]);
  if (!marks) return null;
  const v = VULN_COLOURS[theme];
  return (
    <>
      {marks.diff && <DiffItems theme={theme} />}
      {marks.vulns &&
        (['called', 'imported', 'required'] as const).map((level) => (
          <span key={level} className={item}>
            {box({ outline: `${VULN_OUTLINE[level].width - 1}px ${VULN_OUTLINE[level].style} ${v[level]}`, outlineOffset: 1 })}⚠ vulnerable, {level}
          </span>
        ))}
      {marks.policy && (
        <span className={item}>
          {box({ background: POLICY_COLOURS[theme].error, opacity: 0.6 })}⛔ policy violation
        </span>
      )}
    </>
  );
}
