// Share-link size per fixture against base64(gzip(go mod graph)): one JSON line each.
// Run: npx tsx bench/link-size.ts
import { gzipSync } from 'node:zlib';
import { loadSources } from '../src/core/load';
import { linkSizeReport } from '../src/core/share/size-report';
import { FIXTURE_PROJECTS, fixtureFiles, readFixture } from '../src/core/test-support/fixtures';

for (const project of FIXTURE_PROJECTS) {
  const files = fixtureFiles(project);
  if (!files.includes('modgraph.txt')) continue;
  const modgraph = readFixture(project, 'modgraph.txt');
  const graph = loadSources([{ name: 'modgraph.txt', text: modgraph }]);
  const baseline = gzipSync(modgraph, { level: 9 }).toString('base64').length;
  const { linkChars, ratio } = linkSizeReport(graph, baseline);
  console.log(JSON.stringify({ fixture: project, modules: graph.modules.length, edges: graph.versionEdges.length, linkChars, gzipBase64Chars: baseline, ratio: Number(ratio.toFixed(3)) }));
}
