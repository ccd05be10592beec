// The browser half of `npm run bench`: the built game in headless Chromium next to a bare Phaser page built the same way.
// Headless Chromium renders with software WebGL, so absolute frame times mean little; the ratio to the bare page does.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildApp, launchChromium, newPage, ROOT, serveDir } from '../tests/browser/harness';
import { answerDecisions, clickTo, pickActions, startFromMenu } from '../tests/browser/drive';
import { clickByName, machineState, waitForObject, waitForScreen } from '../tests/browser/pageProbe';

const SCENARIO = process.env.KZ_BENCH_SCENARIO ?? 'classroom-short';
const FRAME_SECONDS = 3;

/** Gzipped size (KB) of every JavaScript file a build produced. */
function gzippedJsKb(dir: string): number {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'assets', f)), { level: 9 }).length, 0) / 1024;
}

/** Frame intervals (ms) over `seconds`, measured with requestAnimationFrame inside the page. */
function frameTimes(page: Page, seconds: number): Promise<number[]> {
  return page.evaluate((seconds) => new Promise<number[]>((done) => {
    const times: number[] = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    const tick = (now: number) => {
      times.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else done(times.slice(2)); // the first frames include the start of measuring
    };
    requestAnimationFrame(tick);
  }), seconds);
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** JS heap in use (MB) after a forced garbage collection, through the DevTools protocol. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Time (ms) from the End turn click to the next screen (decision or report) being drawn. */
async function endTurnToNextScreen(page: Page): Promise<number> {
  await waitForObject(page, 'end-turn');
  await page.evaluate(() => {
    const w = window as unknown as { benchClick?: number; benchShown?: Promise<number> };
    w.benchShown = new Promise<number>((done) => {
      window.kz.game.canvas.addEventListener('pointerup', () => (w.benchClick = performance.now()), { once: true, capture: true });
      const sub = window.kz.actor.subscribe((s) => {
        if (s.value === 'report' || s.value === 'decision') {
          sub.unsubscribe();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
        }
      });
    });
  });
  await clickByName(page, 'end-turn');
  return page.evaluate(async () => {
    const w = window as unknown as { benchClick?: number; benchShown?: Promise<number> };
    const shown = await w.benchShown!;
    return shown - (w.benchClick ?? shown);
  });
}

/** Measures the game and the bare page; one flat object of numbers (ms, MB, KB). */
export async function browserBench(): Promise<Record<string, number>> {
  const gameDir = mkdtempSync(join(tmpdir(), 'mv-bench-game-'));
  const bareDir = mkdtempSync(join(tmpdir(), 'mv-bench-bare-'));
  const browser = await launchChromium();
  const servers: { close: () => Promise<void> }[] = [];
  try {
    await buildApp(gameDir);
    await buildApp(bareDir, resolve(ROOT, 'scripts/bench-page'));
    const game = await serveDir(gameDir);
    const bare = await serveDir(bareDir);
    servers.push(game, bare);
    const viewport = { width: 1280, height: 720 };

    // Bare page: ready time, frame times, heap.
    const barePage = await newPage(browser, viewport);
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => !!(window as unknown as { benchReady?: number }).benchReady, null, { timeout: 20_000 });
    const bareReadyMs = await barePage.evaluate(() => (window as unknown as { benchReady: number }).benchReady);
    const bareFrames = await frameTimes(barePage, FRAME_SECONDS);
    const bareHeapMb = await heapMb(barePage);
    await barePage.context().close();

    // Game: menu interactive, map frames, end turn → report, heap after 5 turns and at the end.
    const page = await newPage(browser, viewport);
    await page.goto(game.url);
    await waitForObject(page, 'menu:new-game', 20_000);
    const menuInteractiveMs = await page.evaluate(() => performance.now());
    await startFromMenu(page, SCENARIO);
    const resolveTimes: number[] = [];
    let mapFrames: number[] = [];
    let heapAfter5TurnsMb = NaN;
    let turns = 0;
    for (; turns < 40; turns++) {
      await clickTo(page, 'briefing:continue', ['planning']);
      if (turns === 0) {
        await waitForObject(page, 'end-turn');
        await page.waitForTimeout(300);
        mapFrames = await frameTimes(page, FRAME_SECONDS);
      }
      await pickActions(page);
      resolveTimes.push(await endTurnToNextScreen(page));
      await answerDecisions(page);
      await waitForObject(page, 'report:continue');
      if (turns === 4) heapAfter5TurnsMb = await heapMb(page);
      const state = await clickTo(page, 'report:continue', ['briefing', 'debrief']);
      if (state === 'debrief') break;
    }
    await waitForScreen(page, ['debrief']);
    await page.waitForTimeout(300);
    const heapAtEndMb = await heapMb(page);
    if ((await machineState(page)) !== 'debrief') throw new Error('The benchmark game did not reach the debrief.');
    await page.context().close();

    return {
      browserMenuInteractiveMs: Math.round(menuInteractiveMs),
      browserBareReadyMs: Math.round(bareReadyMs),
      browserMapFrameMedianMs: +quantile(mapFrames, 0.5).toFixed(2),
      browserMapFrameP95Ms: +quantile(mapFrames, 0.95).toFixed(2),
      browserBareFrameMedianMs: +quantile(bareFrames, 0.5).toFixed(2),
      browserBareFrameP95Ms: +quantile(bareFrames, 0.95).toFixed(2),
      browserEndTurnToReportMedianMs: Math.round(quantile(resolveTimes, 0.5)),
      browserEndTurnToReportMaxMs: Math.round(Math.max(...resolveTimes)),
      browserTurnsPlayed: turns + 1,
      browserHeapAfter5TurnsMb: +heapAfter5TurnsMb.toFixed(2),
      browserHeapAtEndMb: +heapAtEndMb.toFixed(2),
      browserBareHeapMb: +bareHeapMb.toFixed(2),
      browserJsGzipKb: Math.round(gzippedJsKb(gameDir)),
      browserBareJsGzipKb: Math.round(gzippedJsKb(bareDir)),
    };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    rmSync(gameDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
