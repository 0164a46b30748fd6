// npm run dist: the installers. They need the Electron binary here and the network (or a filled
// Electron cache) for each target platform's Electron; without the binary it says so in one line.
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './start';

export const DIST_NEEDS =
  'npm run dist needs the Electron binary (run "npm run setup:electron" with network access) and network access to download Electron for each target platform.';

if (!findElectronBinary()) {
  console.error(`error: ${DIST_NEEDS}`);
  process.exit(2);
}
for (const [command, args] of [
  ['npm', ['run', 'build']],
  ['npx', ['electron-builder', '--config', 'electron-builder.yml']],
] as const) {
  const result = spawnSync(command, [...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
