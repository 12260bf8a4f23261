// Public API of the report: the versioned JSON contract and its Markdown summary.
export type * from './types';
export { REPORT_SCHEMA } from './types';
export { buildReport, toReportFinding } from './build';
export { reportToMarkdown } from './markdown';
