// gotopo analyze: the gotopo.report/v1 JSON report, or its Markdown summary.
import { analyze } from '../core/analysis';
import { buildReport, reportToMarkdown } from '../core/report';
import type { CommandOptions } from './args';
import type { CliIo } from './io';
import { loadInputs } from './read-inputs';

/** Prints the report (JSON by default). Findings never fail this command: that is what check is for. */
export async function analyzeCommand(files: readonly string[], options: CommandOptions, io: CliIo): Promise<number> {
  const graph = await loadInputs(files, io, 'analyze');
  const report = buildReport(graph, analyze(graph));
  io.stdout(options.format === 'markdown' ? reportToMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
