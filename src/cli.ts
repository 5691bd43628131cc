#!/usr/bin/env node
// The entry point. Loading is inside the try: even a failure while starting up is one line and exit 2,
// never a stack trace, and never exit 1 (which would read as a verdict).
// The guard runs before every command an agent runs: it loads only its own modules.
import * as nodeModule from 'node:module';

// Where Node has it (22.1 on), the code of the chunks is compiled once and kept in Node's cache directory (under the
// system's temp directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off): later starts skip compiling it.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
try {
  const argv = process.argv.slice(2);
  if (argv[0] === 'guard') {
    const { runGuard } = await import('./guard/run.js');
    process.exitCode = await runGuard(argv.slice(1));
  } else {
    const { main } = await import('./cli/main.js');
    process.exitCode = await main(argv);
  }
} catch (error) {
  process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
