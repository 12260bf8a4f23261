// gotopo analyze, help, version and every kind of user error, run in-process.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../core/test-support/fixtures';
import { fixtures, runCli } from './test-io';

const GIN = fixtures('gin', 'modgraph.txt', 'golist-m.json', 'golist-deps-test.json', 'gomodwhy.txt', 'go.mod');

describe('gotopo analyze', () => {
  it('prints the gotopo.report/v1 JSON by default', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', ...GIN]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.schema).toBe('gotopo.report/v1');
    expect(report.mainModules).toEqual(['github.com/gin-gonic/gin']);
    expect(report.counts.modules).toBe(39);
  });

  it('prints Markdown with the hot table', async () => {
    const { code, stdout } = await runCli(['analyze', ...GIN, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## gotopo report: github\.com\/gin-gonic\/gin/);
    expect(stdout).toContain('### Hot base libraries (top 15 of 38');
    expect(stdout).toContain('| # | module | version | direct dependents | transitive dependents | exclusive weight | importing packages |');
  });

  it('reads standard input for -, and --format=VALUE', async () => {
    const { code, stdout } = await runCli(['analyze', '-', '--format=json'], readFixture('gin', 'modgraph.txt'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).inputs).toEqual([{ kind: 'go-mod-graph', source: 'stdin', count: 116, unit: 'edges', withTests: null }]);
  });

  it('reads UTF-16 files written by PowerShell', async () => {
    const text = readFixture('gin', 'modgraph.txt');
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    const { code, stdout } = await runCli(['analyze', '-'], bytes);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts.modules).toBe(39);
  });
});

describe('user errors exit 2 with one line naming the value and the fix', () => {
  const oneLine = (stderr: string) => expect(stderr.trimEnd().split('\n')).toHaveLength(1);

  it.each([
    [['analyze', 'no-such-file.txt'], 'gotopo: cannot read "no-such-file.txt": no such file'],
    [['analyze', GIN[0], '--format', 'yaml'], 'gotopo: "yaml" is not a format - use json or markdown'],
    [['analyze', GIN[0], '--fromat', 'json'], 'gotopo: "--fromat" is not an option of analyze - use --format or --help'],
    [['analyze', GIN[0], '--format'], 'gotopo: --format needs a value - use json or markdown'],
    [['analyse', GIN[0]], 'gotopo: "analyse" is not a command - use analyze, mermaid, dot, link, check or help (gotopo help)'],
    [['analyze'], 'gotopo: analyze needs at least one input file'],
    [['analyze', '-', '-'], 'gotopo: "-" is given more than once'],
    [['mermaid', GIN[0], '--direction', 'BT'], 'gotopo: "BT" is not a direction - use TD or LR'],
    [['mermaid', GIN[0], '--owners=yes'], 'gotopo: --owners takes no value'],
    [['check', GIN[0]], 'gotopo: check needs a policy - add --policy policy.yaml'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    oneLine(stderr);
  });

  it('a directory is not a file', async () => {
    const { code, stderr } = await runCli(['analyze', '.']);
    expect(code).toBe(2);
    expect(stderr).toBe('gotopo: cannot read ".": it is a directory, not a file\n');
  });

  it('garbage input: the first diagnostic, with its line', async () => {
    const { code, stderr } = await runCli(['analyze', '-'], 'hello world\nthis is not go output\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gotopo: stdin: line 1, column 1 \(offset 0\): found text starting "hello world", which is none of the inputs gotopo reads: expected `go list -m -e -json all`/);
    oneLine(stderr);
  });

  it('empty input names the file', async () => {
    const { code, stderr } = await runCli(['analyze', '-'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gotopo: stdin is empty: expected the output of/);
  });

  it('a module-less input (only a policy) says what to add', async () => {
    const { code, stderr } = await runCli(['analyze', '-'], 'allowed_modules:\n  - name: golang.org/x/net\n');
    expect(code).toBe(2);
    expect(stderr).toBe('gotopo: no modules in the inputs (stdin: policy) - add `go mod graph` or `go list -m -e -json all` output\n');
  });

  it('a partly bad input still loads; its errors go to stderr', async () => {
    const text = `${readFixture('gin', 'modgraph.txt')}not an edge line here\n`;
    const { code, stdout, stderr } = await runCli(['analyze', '-'], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts.modules).toBe(39);
    expect(stderr).toMatch(/^gotopo: stdin: line 118: expected "<module> <module>@<version>"/);
  });
});

describe('help and version', () => {
  it.each([[['help']], [['--help']], [['-h']], [[]]])('%j prints the usage', async (argv) => {
    const { code, stdout } = await runCli(argv);
    expect(code).toBe(0);
    expect(stdout).toContain('gotopo analyze FILE... [--format json|markdown]');
    expect(stdout).toContain('Exit codes: 0 success');
  });

  it('help COMMAND and COMMAND --help show that command', async () => {
    expect((await runCli(['help', 'mermaid'])).stdout).toContain('top:N');
    expect((await runCli(['check', '--help'])).stdout).toMatch(/^gotopo check FILE\.\.\. --policy policy\.yaml/);
  });

  it('--version prints the package version', async () => {
    expect((await runCli(['--version'])).stdout).toBe('gotopo 0.0.0-test\n');
  });
});
