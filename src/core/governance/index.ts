// Public API of governance: diff of two loads, the organisation view,
// policy checks and vulnerabilities.
export { diffGraphs, findingKey, type DiffOptions, type GraphDiff, type ModuleEdge, type ModuleVersion, type VersionChange } from './diff';
export { diffSummary, diffToMarkdown } from './diff-markdown';
export { diffToMermaid } from './diff-mermaid';
export { diffHotRanking, hotRanking, type HotRankDiff, type RankChange, type RankPosition } from './hot-rank';
export { orgView, type FragmentedModule, type OrgProject, type OrgView, type SharedModule } from './org';
export { checkPolicy } from './policy';
export { POLICY_DOC } from './policy-doc';
export { moduleGlob } from './module-glob';
export { namedVersions, parseConstraint, satisfies, type VersionConstraint } from './version-constraint';
export { isAffected } from './osv-affects';
export { findingLevel, summarizeVulns, type ModuleVulns, type VulnLevel, type VulnSummary, type Vulnerability } from './vulns';
export { vulnFindings } from './vuln-findings';
