#!/usr/bin/env node
// The `scrutiny-desk` command: runs the command line built into out/cli by `npm ci` (its prepare
// step) or `npm run build:cli`, so no TypeScript is compiled at run time.
let main;
try {
  ({ main } = await import('../out/cli/main.mjs'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/cli/main.mjs'))
    throw error;
  process.stderr.write(
    'error: the command line is not built; run "npm run build:cli" (npm ci does it) and try again.\n',
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
