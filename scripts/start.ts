// npm start: the desktop app, or, where the Electron binary is missing, the same renderer in the
// browser with one line saying why.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const NO_ELECTRON_MESSAGE =
  'Electron is not available here (its binary could not be downloaded), so Scrutiny Desk opens in your browser instead; "npm run setup:electron" fetches it when the network allows.';

export type StartPlan = { kind: 'desktop'; binary: string } | { kind: 'browser'; message: string };

/** The path of the Electron binary, or null when the electron package or its binary is missing. */
export function findElectronBinary(
  resolveElectron: () => unknown = () => createRequire(import.meta.url)('electron'),
  exists: (path: string) => boolean = existsSync,
): string | null {
  try {
    const path = resolveElectron();
    return typeof path === 'string' && exists(path) ? path : null;
  } catch {
    // The electron package throws when its binary was never downloaded.
    return null;
  }
}

/** What `npm start` does, decided without launching anything. */
export function planStart(binary: string | null): StartPlan {
  return binary ? { kind: 'desktop', binary } : { kind: 'browser', message: NO_ELECTRON_MESSAGE };
}

async function startDesktop(binary: string): Promise<void> {
  const { build } = await import('electron-vite');
  await build({ logLevel: 'warn' });
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node runtime
  const child = spawn(binary, ['.'], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startBrowser(message: string): Promise<void> {
  console.log(message);
  const { buildAndServeWeb } = await import('./web');
  const { url } = await buildAndServeWeb(Number(process.env.PORT ?? 5178));
  console.log(`Scrutiny Desk is running at ${url} (Ctrl+C stops it).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const plan = planStart(findElectronBinary());
  await (plan.kind === 'desktop' ? startDesktop(plan.binary) : startBrowser(plan.message));
}
