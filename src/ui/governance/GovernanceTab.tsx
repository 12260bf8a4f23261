import { PolicySection } from './PolicySection';
import { VulnSection } from './VulnSection';

/** Policy rules and vulnerabilities of the loaded graph. */
export function GovernanceTab() {
  return (
    <div>
      <VulnSection />
      <PolicySection />
    </div>
  );
}
