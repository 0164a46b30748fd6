// npm run setup: installs the system tools the tests need (Debian or Ubuntu, with apt-get; as
// root, or through sudo). `.ci/run` runs it on a fresh machine before `npm ci`.
import { spawnSync } from 'node:child_process';
import { missingSystemTools } from './system-tools.mjs';

const missing = missingSystemTools();
if (missing.length === 0) {
  console.log('The system tools the tests need are installed.');
} else {
  const root = process.getuid?.() === 0;
  const run = (args) => {
    const [command, ...rest] = root ? args : ['sudo', ...args];
    const result = spawnSync(command, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(
        `error: "${args.join(' ')}" failed; install these Debian packages yourself: ${missing.join(' ')}`,
      );
      process.exit(1);
    }
  };
  console.log(`Installing: ${missing.join(' ')}`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}
