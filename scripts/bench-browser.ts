// The browser half of `npm run bench`: the built game in headless Chromium next to a bare Phaser page built the same way.
// Headless Chromium renders with software WebGL, so absolute frame times mean little; the ratio to the bare page does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bundleSizes } from './bundle-size';
import { buildApp, launchChromium, newPage, ROOT, serveDir } from '../tests/browser/harness';
import { answerDecisions, clickTo, pickActions, startFromMenu } from '../tests/browser/drive';
import { clickByName, machineState, waitForObject, waitForScreen } from '../tests/browser/pageProbe';
import { forecastBench, poolStudyBench } from './bench-forecast';
import { frameBench, quietPlanning } from './bench-frames';

const SCENARIO = process.env.KZ_BENCH_SCENARIO ?? 'classroom-short';

/** Second visit with the network off: ms from navigation to the menu being clickable, served by the service worker. */
async function offlineStart(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<number> {
  const page = await newPage(browser, viewport);
  await page.goto(url);
  await waitForObject(page, 'menu:new-game', 60_000);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.context().setOffline(true);
  await page.reload();
  await waitForObject(page, 'menu:new-game', 60_000);
  const ms = await page.evaluate(() => performance.now());
  await page.context().close();
  return ms;
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

/** Time (ms) from the End turn click to the game's first rendered frame showing the next screen (decision or report). */
async function endTurnToNextScreen(page: Page): Promise<number> {
  await waitForObject(page, 'end-turn');
  await page.evaluate(() => {
    const w = window as unknown as { benchClick?: number; benchShown?: Promise<number> };
    w.benchShown = new Promise<number>((done) => {
      window.kz.game.canvas.addEventListener('pointerup', () => (w.benchClick = performance.now()), { once: true, capture: true });
      const sub = window.kz.actor.subscribe((s) => {
        if (s.value === 'report' || s.value === 'decision') {
          sub.unsubscribe();
          window.kz.game.events.once('postrender', () => done(performance.now()));
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
  const poolDir = mkdtempSync(join(tmpdir(), 'mv-bench-pool-'));
  const browser = await launchChromium();
  const servers: { close: () => Promise<void> }[] = [];
  try {
    await buildApp(gameDir);
    await buildApp(bareDir, resolve(ROOT, 'scripts/bench-page'));
    await buildApp(poolDir, resolve(ROOT, 'scripts/bench-pool-page'));
    const game = await serveDir(gameDir);
    const bare = await serveDir(bareDir);
    const pool = await serveDir(poolDir);
    servers.push(game, bare, pool);
    const viewport = { width: 1280, height: 720 };

    // Bare page: ready time and heap; it stays open for the map frame comparison (A/B with the game, see bench-frames.ts).
    const barePage = await newPage(browser, viewport);
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => !!(window as unknown as { benchReady?: number }).benchReady, null, { timeout: 20_000 });
    const bareReadyMs = await barePage.evaluate(() => (window as unknown as { benchReady: number }).benchReady);
    const bareHeapMb = await heapMb(barePage);

    // Game: menu interactive, map frames, end turn → report, heap after 5 turns and at the end.
    const page = await newPage(browser, viewport);
    await page.goto(game.url);
    await waitForObject(page, 'menu:new-game', 20_000);
    const menuInteractiveMs = await page.evaluate(() => performance.now());
    await startFromMenu(page, SCENARIO);
    const resolveTimes: number[] = [];
    let frames: Record<string, number> = {};
    let heapAfterTurn2Mb = NaN;
    let heapAfter5TurnsMb = NaN;
    let turns = 0;
    for (; turns < 40; turns++) {
      await clickTo(page, 'briefing:continue', ['planning']);
      if (turns === 0) {
        await waitForObject(page, 'end-turn');
        await quietPlanning(page);
        frames = await frameBench({ page, game: 'kz' }, { page: barePage, game: 'bare' });
        await barePage.context().close();
      }
      await pickActions(page);
      resolveTimes.push(await endTurnToNextScreen(page));
      await answerDecisions(page);
      await waitForObject(page, 'report:continue');
      if (turns === 1) heapAfterTurn2Mb = await heapMb(page);
      if (turns === 4) heapAfter5TurnsMb = await heapMb(page);
      const state = await clickTo(page, 'report:continue', ['briefing', 'debrief']);
      if (state === 'debrief') break;
    }
    await waitForScreen(page, ['debrief']);
    await page.waitForTimeout(300);
    const heapAtEndMb = await heapMb(page);
    if ((await machineState(page)) !== 'debrief') throw new Error('The benchmark game did not reach the debrief.');
    await page.context().close();
    const offlineStartMs = await offlineStart(browser, game.url, viewport);
    const forecast = await forecastBench(browser, game.url);
    const poolStudy = await poolStudyBench(browser, pool.url);
    const sizes = bundleSizes(gameDir);
    const bareSizes = bundleSizes(bareDir);

    return {
      browserMenuInteractiveMs: Math.round(menuInteractiveMs),
      browserBareReadyMs: Math.round(bareReadyMs),
      browserEndTurnToReportMedianMs: Math.round(quantile(resolveTimes, 0.5)),
      browserEndTurnToReportMaxMs: Math.round(Math.max(...resolveTimes)),
      browserTurnsPlayed: turns + 1,
      browserHeapAfter5TurnsMb: +heapAfter5TurnsMb.toFixed(2),
      browserHeapAtEndMb: +heapAtEndMb.toFixed(2),
      browserBareHeapMb: +bareHeapMb.toFixed(2),
      browserHeapAfterTurn2Mb: +heapAfterTurn2Mb.toFixed(2),
      browserJsGzipKb: Math.round(sizes.totalJsGzipKb),
      browserBareJsGzipKb: Math.round(bareSizes.totalJsGzipKb),
      firstScreenJsGzipKb: Math.round(sizes.firstScreenJsGzipKb),
      totalJsGzipKb: Math.round(sizes.totalJsGzipKb),
      offlineStartMs: Math.round(offlineStartMs),
      // The targets, as ratios to the bare page measured in the same run.
      ratioFirstScreenJs: +(sizes.firstScreenJsGzipKb / bareSizes.firstScreenJsGzipKb).toFixed(3), // ≤ 1.25
      ratioMenuInteractive: +(menuInteractiveMs / bareReadyMs).toFixed(3), // ≤ 1.5
      ...frames, // map frame times against the bare page, A/B in this run (bench-frames.ts)
      ratioMapFrameP95: frames.ratioHoverFrameP95 ?? NaN, // ≤ 1.3: median over A/B rounds of drawn hover frames' p95
      ratioHeapEndOverTurn2: +(heapAtEndMb / heapAfterTurn2Mb).toFixed(3), // ≤ 1.1
      ...forecast, // forecastMs ≤ 1000; ratioForecastFrameP95 ≤ 1.5
      ...poolStudy, // studyBrowser10kSeconds ≤ 10
    };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    rmSync(gameDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
    rmSync(poolDir, { recursive: true, force: true });
  }
}
