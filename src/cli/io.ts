// What the CLI needs from its host, injected so tests run it in-process.

/** Output streams and input readers of one CLI run. */
export interface CliIo {
  /** The package version `--version` prints. */
  version: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** A whole file; rejects with a Node-style error (`code: 'ENOENT'`, ...) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
}
