// Browser-test plumbing shared by the play test and the browser benchmark: build with Vite, serve a folder, launch Chromium.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Chromium flags for a quiet, reproducible headless run (WebGL via SwiftShader). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Builds a Vite app rooted at `root` (default: the game) into `outDir`, quietly. */
export async function buildApp(outDir: string, root = ROOT): Promise<void> {
  await build({ root, base: './', logLevel: 'error', configFile: root === ROOT ? resolve(ROOT, 'vite.config.ts') : false, build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 } });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon',
};

/** Serves a folder on a free localhost port; returns its URL and a close function. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(dir);
  // The handler answers every request itself (404 on any failure), so nothing awaits its promise.
  const server: Server = createServer((req, res) => void (async () => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  })());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  // Closing also drops keep-alive connections: otherwise close() waits for the browser to let go of them.
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => (server.close(() => ok()), server.closeAllConnections())) };
}

/** Launches Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Console messages that come from the GL driver during screenshots, not from the game. */
export const isDriverNoise = (text: string) => /GPU stall due to ReadPixels|GL Driver Message|Automatic fallback to software WebGL/i.test(text);

/** Collects console errors and warnings (and page errors) of a page, ignoring driver noise. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && !isDriverNoise(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/**
 * A fresh page (own context: no storage shared with other pages) at the given size. tsx/esbuild wrap named functions
 * in `__name(...)`, which page.evaluate would carry into the page; the init script defines it there as a no-op.
 */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context.newPage();
}

/** A built game served on localhost with Chromium launched: what every browser test file starts from. */
export interface ServedGame {
  browser: Browser;
  server: { url: string; close: () => Promise<void> };
  /** Closes Chromium and the server (the shared build stays for the next file). */
  close: () => Promise<void>;
}

/** Serves the shared build of the game (see builtGame) and launches Chromium. */
export async function servedGame(): Promise<ServedGame> {
  const { builtGame } = await import('./builtGame');
  const server = await serveDir(await builtGame());
  const browser = await launchChromium();
  return { browser, server, close: async () => { await browser.close(); await server.close(); } };
}

/** Starts a served game before a test file's tests and closes it after them; read `browser` and `url` inside tests. */
export function useServedGame(hookTimeout = 600_000): { readonly browser: Browser; readonly url: string } {
  let served: ServedGame | undefined;
  beforeAll(async () => {
    served = await servedGame();
  }, hookTimeout);
  afterAll(() => served?.close());
  const need = (): ServedGame => {
    if (!served) throw new Error('useServedGame: the game is not served yet (read it inside a test, not at load time)');
    return served;
  };
  return {
    get browser() { return need().browser; },
    get url() { return need().server.url; },
  };
}
