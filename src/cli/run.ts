// One CLI run: parse the arguments, dispatch to the command, turn user errors
// into one line on stderr and an exit code. No process access: see main.ts.
import { analyzeCommand } from './analyze-command';
import { parseArgs, UsageError, type Command, type CommandOptions } from './args';
import { checkCommand } from './check-command';
import { dotCommand } from './dot-command';
import { helpText } from './help';
import type { CliIo } from './io';
import { linkCommand } from './link-command';
import { mermaidCommand } from './mermaid-command';

const COMMANDS: Record<Command, (files: readonly string[], options: CommandOptions, io: CliIo) => Promise<number>> = {
  analyze: analyzeCommand,
  mermaid: mermaidCommand,
  dot: dotCommand,
  link: linkCommand,
  check: checkCommand,
};

/** Runs gotopo with `argv` (without node and the script); resolves to the exit code: 0 ok, 1 failed check, 2 user error. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'version') {
      io.stdout(`gotopo ${io.version}\n`);
      return 0;
    }
    if (parsed.kind === 'help') {
      io.stdout(helpText(parsed.command));
      return 0;
    }
    return await COMMANDS[parsed.command](parsed.files, parsed.options, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gotopo: ${e.message}\n`);
      return 2;
    }
    // A bug, not a user error: one line still, the stack only on request.
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`gotopo: internal error: ${detail} (please report it with the command you ran)\n`);
    if (process.env.GOTOPO_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
