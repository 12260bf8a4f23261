// Module paths shaped like real ones, so path-based features (owner grouping,
// /vN majors, golang.org/x families) meet familiar input.
import type { Rng } from './prng';

const ORGS = ['acme', 'cloudkit', 'datadog', 'hashicorp', 'spf13', 'sirupsen', 'uber-go', 'grpc-ecosystem', 'prometheus', 'stretchr', 'gorilla', 'pkg', 'mattn', 'klauspost', 'golang', 'google', 'minio', 'segmentio', 'rs', 'tidwall'];
const STEMS = ['log', 'yaml', 'json', 'http', 'cache', 'retry', 'cli', 'config', 'sql', 'metrics', 'trace', 'errors', 'uuid', 'color', 'flag', 'redis', 'kafka', 'proto', 'auth', 'mux', 'test', 'diff', 'zip', 'cron', 'mock', 'pool', 'rpc', 'fs', 'term', 'toml'];
const AFFIXES = ['', 'go-', 'x', 'fast', 'simple', 'micro', 'easy', 'lib', 'super', 'tiny'];
const X_NAMES = ['sys', 'net', 'text', 'crypto', 'sync', 'mod', 'tools', 'oauth2', 'term', 'time', 'exp', 'xerrors', 'image', 'arch'];
const K8S_NAMES = ['api', 'apimachinery', 'client-go', 'klog/v2', 'utils', 'kube-openapi', 'apiserver', 'component-base', 'kubectl', 'cri-api'];
const OTHER_HOSTS = ['go.uber.org', 'google.golang.org', 'gopkg.in', 'go.opentelemetry.io', 'cloud.google.com/go'];

/** A module path and the major version its suffix fixes. */
export interface PathShape {
  path: string;
  /** N for a /vN or gopkg.in .vN suffix; 0 when the path leaves the major free (v0 or v1). */
  suffixMajor: number;
}

/** `count` distinct module paths; the first ones are the well-known bases (golang.org/x, k8s.io). */
export function modulePaths(count: number, rng: Rng): PathShape[] {
  const seen = new Set<string>();
  const out: PathShape[] = [];
  const add = (path: string, suffixMajor: number): void => {
    if (seen.has(path) || out.length >= count) return;
    seen.add(path);
    out.push({ path, suffixMajor });
  };
  for (const name of X_NAMES) add(`golang.org/x/${name}`, 0);
  for (const name of K8S_NAMES.slice(0, Math.ceil(count / 100))) add(`k8s.io/${name}`, name.endsWith('/v2') ? 2 : 0);
  for (let i = 0; out.length < count; i++) {
    const stem = `${rng.pick(AFFIXES)}${rng.pick(STEMS)}`;
    const name = i < 400 ? stem : `${stem}${i}`;
    const host = rng.chance(0.1) ? rng.pick(OTHER_HOSTS) : `github.com/${rng.pick(ORGS)}`;
    if (host === 'gopkg.in') {
      const major = rng.int(1, 3);
      add(`gopkg.in/${name}.v${major}`, major);
      continue;
    }
    const major = rng.chance(0.12) ? rng.int(2, 5) : 0;
    add(major ? `${host}/${name}/v${major}` : `${host}/${name}`, major);
  }
  return out;
}
