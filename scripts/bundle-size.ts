// How much JavaScript a built page needs before its first screen, and in all: shared by the benchmark and the size test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size in KB (level 9, as a server would send it). */
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Static `import … from "./x.js"` (and bare `import "./x.js"`) in a built chunk; dynamic import() is left out. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Every JS file the page loads before running any dynamic import(): entry scripts, modulepreloads and their static imports. */
export function firstScreenFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) =>
    resolve(dir, m[1] ?? ''),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1] ?? ''));
  }
  return [...seen].map((f) => relative(dir, f)).sort();
}

/** First-screen and total JS of a built page (gzip KB), with the first screen's files. */
export function bundleSizes(dir: string): { firstScreenJsGzipKb: number; totalJsGzipKb: number; firstScreenFiles: string[] } {
  const first = firstScreenFiles(dir);
  const all = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => join(dir, 'assets', f));
  return {
    firstScreenJsGzipKb: first.reduce((sum, f) => sum + gzipKb(join(dir, f)), 0),
    totalJsGzipKb: all.reduce((sum, f) => sum + gzipKb(f), 0),
    firstScreenFiles: first,
  };
}
