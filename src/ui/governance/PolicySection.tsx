import { useMemo, useState } from 'react';
import { POLICY_DOC } from '../../core/governance';
import { actions } from '../../store';
import { governanceActions } from '../../store/governance';
import { policyViolations } from '../../store/governance-select';
import { secondaryButton } from '../common/button';
import { FilePicker } from '../landing/FilePicker';
import { PasteBox } from '../landing/PasteBox';
import { Section } from '../panel/Section';
import { useApp } from '../use-app';
import { FindingItem } from './FindingItem';

/** The loaded policy's violations, how to load one, and what a policy file means. */
export function PolicySection() {
  const hasPolicy = useApp((s) => s.graph?.policy != null);
  const analysis = useApp((s) => s.analysis);
  const violations = useMemo(() => policyViolations(analysis), [analysis]);
  const [pasting, setPasting] = useState(false);
  return (
    <Section title="Policy" count={hasPolicy ? violations.length : undefined}>
      {hasPolicy ? (
        violations.length === 0 ? (
          <p className="mb-2 text-sm text-emerald-700 dark:text-emerald-400">✓ No policy violations.</p>
        ) : (
          <ul aria-label="Policy violations" className="mb-3 flex flex-col gap-2">
            {violations.map((f, i) => <FindingItem key={i} finding={f} />)}
          </ul>
        )
      ) : (
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">
          No policy loaded. A policy YAML (<code className="font-mono text-xs">allowed_modules</code>, <code className="font-mono text-xs">forbidden_modules</code>, limits) is an ordinary input: drop it on the page and choose Add to current, or:
        </p>
      )}
      <div className="mb-2 flex flex-wrap gap-2">
        <FilePicker label={hasPolicy ? 'Add another policy…' : 'Choose a policy…'} onFiles={(files) => void actions.load(files.map((file) => ({ name: file.name, file })), 'add')} />
        <button type="button" className={secondaryButton} onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
          Paste a policy
        </button>
        <button type="button" className={secondaryButton} onClick={() => void governanceActions.loadSamplePolicy()}>
          Use the sample policy
        </button>
      </div>
      {pasting && <PasteBox rows={6} onLoad={(text) => void actions.load([{ name: 'pasted policy', text }], 'add')} />}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-300">Policy file format and version constraints</summary>
        <pre className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap rounded-md bg-slate-50 p-2 font-mono text-[11px] leading-relaxed text-slate-700 dark:bg-slate-950 dark:text-slate-300">
          {POLICY_DOC}
        </pre>
      </details>
    </Section>
  );
}
