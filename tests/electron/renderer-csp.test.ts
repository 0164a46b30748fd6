// Pins the Content-Security-Policy of the built renderer: the real vite build of index.html
// carries the shared policy, with no unsafe-eval and no remote sources.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererConfig } from '../../build/vite.renderer';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

let outDir: string;
let html: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'renderer-csp-'));
  await build({ ...rendererConfig(outDir), logLevel: 'error' });
  html = await readFile(join(outDir, 'index.html'), 'utf8');
}, 120_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function metaPolicy(page: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
  if (!match?.[1]) throw new Error('no Content-Security-Policy meta tag in the built index.html');
  return match[1];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the built index.html', () => {
  it('carries the shared policy in a meta tag, placeholder replaced', () => {
    expect(html).not.toContain('%SCRUTINY_CSP%');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no eval and no inline script', () => {
    const policy = directives(metaPolicy(html));
    expect(metaPolicy(html)).not.toMatch(
      /unsafe-eval|unsafe-inline|wasm-unsafe-eval|strict-dynamic/,
    );
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote source in any directive', () => {
    for (const [name, sources] of directives(metaPolicy(html))) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} allows ${source}`).toContain(
          source,
        );
      }
    }
  });

  it('loads its scripts from the bundle only, with no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\.\/assets\/[^"]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });
});
