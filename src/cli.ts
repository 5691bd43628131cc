#!/usr/bin/env node
// The entry point. Loading is inside the try: even a failure while starting up is one line and exit 2,
// never a stack trace, and never exit 1 (which would read as a verdict).
try {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
