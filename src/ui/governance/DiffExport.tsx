import { diffToMarkdown, diffToMermaid } from '../../core/governance';
import type { GraphDiff } from '../../core/governance';
import { secondaryButton } from '../common/button';
import { CopyButton } from '../common/CopyButton';
import { Section } from '../panel/Section';
import { downloadText } from './download';

const FORMATS = [
  { name: 'Markdown', file: 'dependency-diff.md', type: 'text/markdown', render: diffToMarkdown, hint: 'for a pull request' },
  { name: 'Mermaid', file: 'dependency-diff.mmd', type: 'text/plain', render: diffToMermaid, hint: 'changed modules and edges' },
] as const;

/** The diff as pull-request Markdown or a Mermaid chart: copy or download. */
export function DiffExport({ diff }: { diff: GraphDiff }) {
  return (
    <Section title="Export the diff">
      <ul className="flex flex-col gap-2">
        {FORMATS.map((f) => (
          <li key={f.name} className="flex items-center gap-2 text-sm">
            <span className="w-20 font-medium">{f.name}</span>
            <span className="flex-1 text-xs text-slate-500 dark:text-slate-400">{f.hint}</span>
            <CopyButton text={f.render(diff)} label={`the diff as ${f.name}`} />
            <button type="button" className={secondaryButton} onClick={() => downloadText(f.file, f.render(diff), f.type)} aria-label={`Download the diff as ${f.name}`}>
              Download
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
