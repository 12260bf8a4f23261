// Governance views read their store through selectors, like the app store.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { governanceStore } from '../../store/governance';
import type { GovernanceState } from '../../store/governance';

export function useGov<T>(selector: (s: GovernanceState) => T): T {
  return useStore(governanceStore, selector);
}

export function useGovShallow<T>(selector: (s: GovernanceState) => T): T {
  return useStore(governanceStore, useShallow(selector));
}
