// The app's governance store and its actions, bound to the app store and its load client.
import { createGovernanceStore } from './governance-store';
import { createCompareActions } from './governance-compare';
import { createOrgActions } from './governance-org';
import { createSnapshotLoader } from './governance-load';
import { fetchSamplePolicy } from './governance-examples';
import { actions, appStore, loadClient } from './index';

export const governanceStore = createGovernanceStore();
const loader = createSnapshotLoader(appStore, loadClient);

export const governanceActions = {
  ...createCompareActions(governanceStore, appStore, loader),
  ...createOrgActions(governanceStore, appStore, loader, actions),
  /** Adds the examples' sample policy to the loaded inputs, as dropping it would. */
  async loadSamplePolicy() {
    const policy = await loader.guarded('policy.sample.yaml', fetchSamplePolicy);
    if (policy) await actions.load([policy], 'add');
  },
};

export type { Comparison, GovernanceState, OrgService, Side, Snapshot } from './governance-store';
export { shownSide } from './governance-store';
