// npm start: the desktop app, or, where the Electron binary is missing, the same renderer in the
// browser with one line saying why.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildAndServeWeb } from './web';

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary) {
  const child = spawn('npx', ['electron-vite', 'preview'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron is not available here (its binary was not downloaded: installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline), so Scrutiny Desk opens in your browser instead.',
  );
  const { url } = await buildAndServeWeb(Number(process.env.PORT ?? 5178));
  console.log(`Scrutiny Desk is running at ${url} (Ctrl+C stops it).`);
}
