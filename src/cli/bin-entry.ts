// The `spruce` executable's body (bundled to dist/cli/spruce.mjs by scripts/build-cli.mjs; bin/spruce.js
// loads it). Sets the exit code rather than calling process.exit, so stdout is flushed first.
import { main } from './main.ts';

// `spruce check page.html --url ... | head -3`: a reader that stops early is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`spruce: internal error: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
