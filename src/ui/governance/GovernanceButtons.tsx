import { useState } from 'react';
import { governanceActions } from '../../store/governance';
import { secondaryButton } from '../common/button';
import { CompareDialog } from './CompareDialog';
import { useGov } from './use-governance';

/** Top-bar entries to the governance views: compare snapshots, the organisation view. */
export function GovernanceButtons() {
  const [comparing, setComparing] = useState(false);
  const services = useGov((s) => s.services.length);
  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setComparing(true)}>
        Compare…
      </button>
      <button type="button" className={secondaryButton} onClick={governanceActions.openOrg}>
        {services > 0 ? `Organisation (${services})` : 'Organisation'}
      </button>
      {comparing && <CompareDialog onClose={() => setComparing(false)} />}
    </>
  );
}
