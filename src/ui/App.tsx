import { DropOverlay } from './common/DropOverlay';
import { ErrorAlert } from './common/ErrorAlert';
import { LoadingBar } from './common/LoadingBar';
import { PendingDialog } from './common/PendingDialog';
import { OrgView } from './governance/OrgView';
import { useGov } from './governance/use-governance';
import { Landing } from './landing/Landing';
import { useApp } from './use-app';
import { Workspace } from './workspace/Workspace';

export function App() {
  const loaded = useApp((s) => s.graph !== null);
  const org = useGov((s) => s.orgOpen);
  return (
    <>
      {org ? <OrgView /> : loaded ? <Workspace /> : <Landing />}
      <LoadingBar />
      <ErrorAlert />
      <PendingDialog />
      <DropOverlay />
    </>
  );
}
