// The organisation view: services added one by one (files, paste, an example)
// or as a built-in set; drilling into one loads it as the current graph.
import { orgView } from '../core/governance';
import type { LoadSource } from '../worker/client';
import type { Actions } from './actions';
import type { AppStore } from './app-store';
import { fetchExampleFiles } from './examples';
import type { Example } from './examples';
import { fetchOrgExamples } from './governance-examples';
import type { OrgExample } from './governance-examples';
import type { SnapshotLoader } from './governance-load';
import type { GovernanceStore, OrgService } from './governance-store';

export function createOrgActions(gov: GovernanceStore, app: AppStore, loader: SnapshotLoader, appActions: Pick<Actions, 'load'>) {
  const setServices = (services: OrgService[]) =>
    gov.setState({ services, org: services.length > 0 ? orgView(services.map((s) => ({ name: s.name, graph: s.graph }))) : null });

  async function toService(sources: LoadSource[], label: string): Promise<OrgService> {
    const { graph } = await loader.fromSources(sources, label);
    // The name is the main module path; orgView keeps names unique across services.
    const main = graph.mainIds.map((id) => graph.modules[id].path).join(', ');
    return { name: main || label, sources, graph };
  }

  async function add(label: string, load: () => Promise<OrgService[]>) {
    const added = await loader.guarded(label, load);
    if (added) setServices([...gov.getState().services, ...added]);
  }

  return {
    openOrg: () => gov.setState({ orgOpen: true }),
    closeOrg: () => gov.setState({ orgOpen: false }),

    /** One service from the given texts (files dropped or chosen, or pasted). */
    addService: (sources: LoadSource[], label = sources.map((s) => s.name).join(', ')) =>
      add(label, async () => [await toService(sources, label)]),

    addExampleService: (example: Example) =>
      add(example.title, async () => [await toService(await fetchExampleFiles(example), example.title)]),

    /** A built-in organisation: replaces the list with its services. */
    async loadOrgExample(org: OrgExample) {
      setServices([]);
      gov.setState({ orgOpen: true });
      await add(org.title, async () => {
        const out: OrgService[] = [];
        for (const ex of await fetchOrgExamples(org)) out.push(await toService(await fetchExampleFiles(ex), ex.title));
        return out;
      });
    },

    removeService(index: number) {
      setServices(gov.getState().services.filter((_, i) => i !== index));
    },

    /** Loads one service as the current graph and leaves the organisation view. */
    async drillDown(index: number) {
      const service = gov.getState().services[index];
      if (!service) return;
      gov.setState({ orgOpen: false, compare: null });
      await appActions.load(service.sources, 'replace');
      if (app.getState().graph === null) gov.setState({ orgOpen: true });
    },
  };
}

export type OrgActions = ReturnType<typeof createOrgActions>;
