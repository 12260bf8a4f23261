// Command-line parsing: a command, input files, and the options that command
// takes. Every mistake becomes a UsageError naming the value and the fix.

/** A user error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type Command = 'analyze' | 'mermaid' | 'dot' | 'link' | 'check';

interface OptionSpec {
  /** A boolean switch takes no value. */
  switch?: true;
  /** Allowed values and the noun the error message uses for them. */
  values?: readonly string[];
  noun?: string;
}

const SCOPE: OptionSpec = {};
const DIRECTION: OptionSpec = { values: ['TD', 'LR'], noun: 'direction' };

/** The options of each command. */
export const COMMAND_OPTIONS: Record<Command, Record<string, OptionSpec>> = {
  analyze: { format: { values: ['json', 'markdown'], noun: 'format' } },
  mermaid: { scope: SCOPE, direction: DIRECTION, owners: { switch: true } },
  dot: { scope: SCOPE, direction: DIRECTION, owners: { switch: true } },
  link: { base: {} },
  check: { policy: {}, format: { values: ['text', 'json'], noun: 'format' } },
};

const COMMANDS = Object.keys(COMMAND_OPTIONS) as Command[];

/** Option values by name; a switch is `true`. */
export type CommandOptions = Record<string, string | true>;

export type Parsed =
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'command'; command: Command; files: string[]; options: CommandOptions };

/** Parses `argv` (without node and the script); throws UsageError. */
export function parseArgs(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw notCommand(topic);
    return { kind: 'help', command: topic };
  }
  if (first === '--version' || first === '-V' || first === 'version') return { kind: 'version' };
  if (!isCommand(first)) throw notCommand(first);
  const specs = COMMAND_OPTIONS[first];
  const files: string[] = [];
  const options: CommandOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help', command: first };
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, eq < 0 ? undefined : eq);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`"${arg}" is not an option of ${first} - use ${optionList(first)}`);
    if (spec.switch) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value - write --${name} alone`);
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value - ${hint(name, spec)}`);
    if (spec.values && !spec.values.includes(value)) throw new UsageError(`"${value}" is not a ${spec.noun} - use ${orList(spec.values)}`);
    options[name] = value;
  }
  return { kind: 'command', command: first, files, options };
}

function isCommand(word: string): word is Command {
  return (COMMANDS as string[]).includes(word);
}

function notCommand(word: string): UsageError {
  const what = word.startsWith('-') ? 'an option here' : 'a command';
  return new UsageError(`"${word}" is not ${what} - use ${orList([...COMMANDS, 'help'])} (gotopo help)`);
}

function optionList(command: Command): string {
  const names = Object.keys(COMMAND_OPTIONS[command]).map((n) => `--${n}`);
  return orList([...names, '--help']);
}

function hint(name: string, spec: OptionSpec): string {
  if (spec.values) return `use ${orList(spec.values)}`;
  return `write --${name} VALUE or --${name}=VALUE (gotopo help)`;
}

/** A string option's value; undefined when absent. */
export function stringOption(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
