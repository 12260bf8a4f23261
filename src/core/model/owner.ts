// Who publishes a module, for grouping large graphs (DESIGN 5: github.com/org, golang.org/x, k8s.io).

// Hosts where the first path element after the host names an organisation or user.
const ORG_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/** The owner of a module path: `github.com/org`, `golang.org/x`, else the host (`k8s.io`, `gopkg.in`, `go.opentelemetry.io`). */
export function ownerOf(path: string): string {
  const parts = path.split('/');
  const host = parts[0];
  if (parts.length >= 2 && parts[1] !== '' && (ORG_HOSTS.has(host) || (host === 'golang.org' && parts[1] === 'x'))) {
    return `${host}/${parts[1]}`;
  }
  return host;
}
