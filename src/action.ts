// The Action's entry point (dist/index.js). Loading is inside the try, as for the CLI: a failure to start
// fails the step with one line, it never passes.
try {
  const { main } = await import('./action/main.js');
  await main();
} catch (error) {
  process.stdout.write(`::error::Blastgate could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
