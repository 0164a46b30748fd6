#!/usr/bin/env node
// The `scrutiny-desk` command: runs the TypeScript CLI through tsx, so it works in a checkout
// straight after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
