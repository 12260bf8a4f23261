import { useEffect, useState } from 'react';
import { fetchGovernanceManifest } from '../../store/governance-examples';
import type { GovernanceManifest } from '../../store/governance-examples';

const EMPTY: GovernanceManifest = { comparisons: [], organisations: [] };

/** The built-in comparisons and organisations of the examples manifest. */
export function useGovernanceManifest(): { manifest: GovernanceManifest; error: string | null } {
  const [state, setState] = useState<{ manifest: GovernanceManifest; error: string | null }>({ manifest: EMPTY, error: null });
  useEffect(() => {
    let live = true;
    fetchGovernanceManifest().then(
      (manifest) => live && setState({ manifest, error: null }),
      (err: unknown) => live && setState({ manifest: EMPTY, error: `Built-in comparisons unavailable: ${String(err)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
