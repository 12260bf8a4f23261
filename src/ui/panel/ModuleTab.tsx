import { useMemo } from 'react';
import { moduleDetails } from '../../store/module-details';
import { useApp } from '../use-app';
import { ModuleFlags } from './ModuleFlags';
import { ModuleAnalysis } from './why/ModuleAnalysis';
import { ModuleLinkList } from './ModuleLinkList';
import { Section } from './Section';
import { VersionList } from './VersionList';

/** The selected module: versions, replacement, flags, and its neighbours. */
export function ModuleTab() {
  const graph = useApp((s) => s.graph);
  const selectedId = useApp((s) => s.selectedId);
  const details = useMemo(() => (graph && selectedId !== null ? moduleDetails(graph, selectedId) : null), [graph, selectedId]);
  if (!details) {
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        Select a module in the graph, search for one (press <kbd className="rounded border px-1 font-mono">/</kbd>), or pick one from a list.
      </p>
    );
  }
  const m = details.module;
  return (
    <article aria-label={`Module ${m.path}`}>
      <h2 className="break-all font-mono text-base font-semibold">{m.path}</h2>
      <p className="mb-3 font-mono text-sm text-slate-600 dark:text-slate-300">{m.main ? 'main module' : m.version || 'no version'}</p>
      <div className="mb-4">
        <ModuleFlags module={m} />
      </div>
      <ModuleAnalysis id={m.id} path={m.path} />
      {m.replace && (
        <Section level={3} title="Replaced by">
          <p className="break-all font-mono text-sm">
            {m.replace.path} {m.replace.version ?? '(local directory)'}
          </p>
        </Section>
      )}
      {m.deprecated && (
        <Section level={3} title="Deprecated">
          <p className="text-sm">{m.deprecated}</p>
        </Section>
      )}
      {details.versions.length > 0 && (
        <Section level={3} title="Versions seen" count={details.versions.length}>
          <VersionList versions={details.versions} />
        </Section>
      )}
      <Section level={3} title="Depends on" count={details.dependencies.length}>
        <ModuleLinkList ids={details.dependencies} label="Depends on" />
      </Section>
      <Section level={3} title="Required by" count={details.dependents.length}>
        <ModuleLinkList ids={details.dependents} label="Required by" />
      </Section>
      {details.imports && details.importedBy && (
        <>
          <Section level={3} title="Imports packages of" count={details.imports.length}>
            <ModuleLinkList ids={details.imports} label="Imports packages of" />
          </Section>
          <Section level={3} title="Imported by" count={details.importedBy.length}>
            <ModuleLinkList ids={details.importedBy} label="Imported by" />
          </Section>
        </>
      )}
    </article>
  );
}
