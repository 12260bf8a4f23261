// Entry point of the gotopo command (tsx in the repo, dist-cli/gotopo.mjs when installed).
import { nodeIo } from './node-io';
import { run } from './run';

// `gotopo analyze ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// exitCode, not exit(): lets a large report finish flushing to a pipe.
process.exitCode = await run(process.argv.slice(2), nodeIo());
