// The start every dev screenshot script shares: the game served, Chromium, one page at the asked size, its console watched.
import type { Browser, Page } from 'playwright-core';
import { builtGame } from './builtGame';
import { launchChromium, newPage, serveDir, watchConsole } from './harness';

/** A window size from KZ_VIEWPORT: 'fhd' (1920×1080) or WIDTHxHEIGHT (e.g. 1024x768); 1280×720 when unset. */
export function viewportFromEnv(): { width: number; height: number } {
  const size = /^(\d+)x(\d+)$/.exec(process.env.KZ_VIEWPORT ?? '');
  if (process.env.KZ_VIEWPORT === 'fhd') return { width: 1920, height: 1080 };
  return size ? { width: Number(size[1]), height: Number(size[2]) } : { width: 1280, height: 720 };
}

/** A screenshot session: the build in KZ_BROWSER_DIST, else the build the browser tests share (made if the sources changed). */
export async function shotSession(viewport = viewportFromEnv()): Promise<{
  browser: Browser; page: Page; url: string; problems: string[]; viewport: { width: number; height: number }; close: () => Promise<void>;
}> {
  const server = await serveDir(process.env.KZ_BROWSER_DIST ?? (await builtGame()));
  const browser = await launchChromium();
  const page = await newPage(browser, viewport);
  const problems = watchConsole(page);
  return {
    browser, page, url: server.url, problems, viewport,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
