// The forecast and pool halves of `npm run bench`: selection change → painted forecast of 200+ futures in the built
// game, frame times while a forecast runs beside idle ones, and 10,000 whole games in the browser's worker pool.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runForecast } from '../src/lab/forecast';
import type { Rules } from '../src/sim/content';
import type { World } from '../src/sim/world';
import { buildApp, launchChromium, newPage, serveDir } from '../tests/browser/harness';
import { clickTo } from '../tests/browser/drive';
import { clickByName, waitForObject } from '../tests/browser/pageProbe';
import { installRecorder, mapSweepPath } from './bench-frames';

const SCENARIO = process.env.KZ_BENCH_SCENARIO ?? 'classroom-short';
/** Selection changes timed (each a plan not forecast before, so nothing comes from the cache). */
const TRIALS = Number(process.env.KZ_BENCH_FORECAST_TRIALS ?? 7);
/** Games of the pool study (10,000 unless set lower for a quick look). */
const STUDY_GAMES = Number(process.env.KZ_BENCH_STUDY_GAMES ?? 10_000);

const quantile = (xs: readonly number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

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
      else done(times.slice(2));
    };
    requestAnimationFrame(tick);
  }), seconds);
}

/** One selection change: the event sent, then frame intervals until the new plan's forecast is done. */
interface Trial {
  plan: string[];
  ms: number; // selection change → first painted result
  msAt200: number; // selection change → first painted result resting on 200+ futures
  seeds: number;
  frames: number[];
}

/** Sends SELECT or DESELECT in the page and times the forecast that follows; null if the machine refused it. */
function trial(page: Page, event: Change): Promise<Trial | null> {
  return page.evaluate((event) => new Promise<Trial | null>((done, fail) => {
    const before = window.kz.actor.getSnapshot().context.selected.join();
    window.kz.actor.send(event);
    const plan = [...window.kz.actor.getSnapshot().context.selected];
    if (plan.join() === before) return done(null);
    const frames: number[] = [];
    let last = performance.now();
    const give_up = last + 120_000;
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      const f = window.kz.lastForecast;
      if (f && f.plan.join() === plan.join() && f.done) return done({ plan, ms: f.ms, msAt200: f.msAt200 ?? NaN, seeds: f.seeds, frames: frames.slice(1) });
      if (now > give_up) return fail(new Error(`no finished forecast of ${plan.join('+')} within 2 minutes`));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), event);
}

/** How long (ms) the pointer sweeps the map for each idle segment of the frame comparison. */
const IDLE_SWEEP_MS = 1500;
/** Pause (ms) between pointer moves in a sweep (as the map frame benchmark's quick hand). */
const MOVE_MS = 40;

type Point = { x: number; y: number };
type Change = { type: 'SELECT' | 'DESELECT'; actionId: string };

/**
 * The selection changes of a benchmark, each to a plan not forecast before (so nothing comes from the cache):
 * [a], [a,b], [b], [b,c], [c], … ; `tryNext` is given a change and says whether the machine took it.
 */
async function nextChange<T>(state: { selected: string[]; next: number }, candidates: readonly string[], tryNext: (c: Change) => Promise<T | null>): Promise<T> {
  if (state.selected.length >= 2) {
    const result = await tryNext({ type: 'DESELECT', actionId: state.selected.shift()! });
    if (!result) throw new Error('a card could not be deselected');
    return result;
  }
  for (; state.next < candidates.length; state.next++) {
    const id = candidates[state.next]!;
    const result = await tryNext({ type: 'SELECT', actionId: id });
    if (result) {
      state.selected.push(id);
      state.next++;
      return result;
    }
  }
  throw new Error('no more cards to select');
}

/** Starts recording drawn frames (the map frame benchmark's recorder must be installed). */
const startRecording = (page: Page) => page.evaluate(() => {
  const rec = (window as unknown as { frameRec: { on: boolean; times: number[]; drawn: boolean[] } }).frameRec;
  rec.times = [];
  rec.drawn = [];
  rec.on = true;
});

/** Stops recording and returns each drawn frame's time (ms): from its step to the next step. */
async function stopRecording(page: Page): Promise<number[]> {
  const raw = await page.evaluate(() => {
    const rec = (window as unknown as { frameRec: { on: boolean; times: number[]; drawn: boolean[] } }).frameRec;
    rec.on = false;
    return { times: rec.times, drawn: rec.drawn };
  });
  const drawn: number[] = [];
  for (let i = 0; i + 1 < raw.times.length; i++) if (raw.drawn[i]) drawn.push(raw.times[i + 1]! - raw.times[i]!);
  return drawn;
}

/** Sweeps the pointer along `path` until `stop` says so (checked after each move) or `maxMs` has passed. */
async function sweep(page: Page, path: readonly Point[], offset: number, maxMs: number, stop: () => Promise<boolean>): Promise<void> {
  const start = Date.now();
  for (let i = offset; Date.now() - start < maxMs; i++) {
    const p = path[i % path.length]!;
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(MOVE_MS);
    if (await stop()) return;
  }
}

/** Whether the page's latest forecast is the finished forecast of `plan`. */
const forecastDone = (page: Page, plan: readonly string[]) =>
  page.evaluate((plan) => {
    const f = window.kz.lastForecast;
    return !!f && f.done && f.plan.join() === plan.join();
  }, plan);

/**
 * Drawn frames while forecasts run next to drawn frames while idle, under the same hand: the pointer sweeps the map
 * (its hover highlights draw frames, as in the map frame benchmark) for an idle moment, then a selection changes and
 * the sweep goes on until that plan's forecast is finished; `rounds` times, alternating, so both see the same machine.
 * Every frame drawn from the change on counts: the selection's own redraw, the forecast's paints, the hover frames.
 * (The gate draws no frame while nothing changes, so only drawn frames compare like with like: see forecastBench.)
 */
async function sweptFrames(page: Page, candidates: readonly string[], state: { selected: string[]; next: number }, rounds: number) {
  const path = await mapSweepPath(page);
  await installRecorder({ page, game: 'kz' });
  const idle: number[] = [];
  const forecasting: number[] = [];
  for (let r = 0; r < rounds; r++) {
    await startRecording(page);
    await sweep(page, path, r * 7, IDLE_SWEEP_MS, () => Promise.resolve(false));
    idle.push(...(await stopRecording(page)));
    await nextChange(state, candidates, async (change) => {
      await startRecording(page);
      const plan = await page.evaluate((change) => {
        const before = window.kz.actor.getSnapshot().context.selected.join();
        window.kz.actor.send(change);
        const plan = [...window.kz.actor.getSnapshot().context.selected];
        return plan.join() === before ? null : plan;
      }, change);
      if (!plan) {
        await stopRecording(page);
        return null;
      }
      await sweep(page, path, r * 7 + 3, 120_000, () => forecastDone(page, plan));
      if (!(await forecastDone(page, plan))) throw new Error(`no finished forecast of ${plan.join('+')} within 2 minutes`);
      forecasting.push(...(await stopRecording(page)));
      return plan;
    });
  }
  return { idle, forecasting };
}

/**
 * The forecast in the built game: the planning screen of the benchmark scenario with the panel open, doing nothing
 * forecast (as when a turn starts), then TRIALS selection changes — [a], [a,b], [b], [b,c], … — each timed from the
 * change to the painted forecast with the pointer still. Then the frame comparison (sweptFrames): the player's hand
 * on the map while forecasts run against the same hand idle.
 *
 * Why drawn frames: the game draws a frame only when something changed (renderOnDemand), so an idle page's animation
 * frames are 16.7 ms of nothing drawn, and any drawn frame costs more on software WebGL (a bare Phaser page drawing one
 * image takes 35–50 ms here). Every animation frame from a selection change to its finished forecast (the `Raf`
 * figures, kept for comparison) therefore holds the screen's own redraw for the click and the forecast's paint: the
 * cost of drawing at all, not of the futures computed beside it.
 */
export async function forecastBench(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await newPage(browser, { width: 1280, height: 720 });
  try {
    await page.addInitScript(() => localStorage.setItem('multi-vector-ui:coach-done', 'done'));
    await page.goto(`${url}?lang=en&scenario=${SCENARIO}&seed=1`, { timeout: 120_000 });
    await page.waitForFunction(() => !!window.kz?.actor, null, { timeout: 60_000 });
    await clickTo(page, 'briefing:continue', ['planning']);
    await waitForObject(page, 'end-turn');
    await clickByName(page, 'forecast:open');
    await page.waitForFunction(() => {
      const f = window.kz.lastForecast;
      return !!f && f.plan.length === 0 && f.done;
    }, null, { timeout: 180_000 });
    await page.waitForTimeout(500);
    const idleRaf = await frameTimes(page, 3);
    const candidates = await page.evaluate(() => Object.keys(window.kz.actor.getSnapshot().context.rules!.actions));
    const trials: Trial[] = [];
    const plans = { selected: [] as string[], next: 0 };
    while (trials.length < TRIALS) {
      trials.push(await nextChange(plans, candidates, (change) => trial(page, change)));
      await page.waitForTimeout(300);
    }
    const swept = await sweptFrames(page, candidates, plans, TRIALS);
    // The floor under forecastMs on this machine now: 200 futures of each timed plan played in Node on one core
    // (the same futures the page's worker plays); the rest of forecastMs is waiting, messages and painting.
    const { world, rules } = await page.evaluate(() => {
      const context = window.kz.actor.getSnapshot().context;
      return { world: JSON.parse(JSON.stringify(context.world)) as World, rules: JSON.parse(JSON.stringify(context.rules)) as Rules };
    });
    runForecast(rules, world, { actions: [] }, 0, 50); // warm the JIT
    const compute = trials.map((t) => {
      const t0 = performance.now();
      runForecast(rules, world, { actions: t.plan }, 0, 200);
      return performance.now() - t0;
    });
    const idleRafP95 = quantile(idleRaf, 0.95);
    const busyRafP95 = quantile(trials.flatMap((t) => t.frames), 0.95);
    const idleP95 = quantile(swept.idle, 0.95);
    const busyP95 = quantile(swept.forecasting, 0.95);
    return {
      forecastMs: Math.round(quantile(trials.map((t) => t.msAt200), 0.5)),
      forecastMaxMs: Math.round(Math.max(...trials.map((t) => t.msAt200))),
      forecastFirstPaintMs: Math.round(quantile(trials.map((t) => t.ms), 0.5)),
      forecastCompute200Ms: Math.round(quantile(compute, 0.5)),
      forecastSeeds: Math.min(...trials.map((t) => t.seeds)),
      forecastTrials: trials.length,
      forecastIdleFrameP95Ms: +idleP95.toFixed(2),
      forecastFrameP95Ms: +busyP95.toFixed(2),
      forecastIdleFrames: swept.idle.length,
      forecastFrames: swept.forecasting.length,
      ratioForecastFrameP95: +(busyP95 / idleP95).toFixed(3),
      forecastIdleRafP95Ms: +idleRafP95.toFixed(2),
      forecastRafP95Ms: +busyRafP95.toFixed(2),
      ratioForecastRafP95: +(busyRafP95 / idleRafP95).toFixed(3),
    };
  } finally {
    await page.context().close();
  }
}

/** 10,000 whole baseline games ("none" line) in the browser's worker pool, timed in the page (bench-pool-page). */
export async function poolStudyBench(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await newPage(browser, { width: 800, height: 600 });
  try {
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => !!(window as unknown as { benchReady?: boolean }).benchReady, null, { timeout: 120_000 });
    const r = await page.evaluate((games) => (window as unknown as { benchStudy(n: number): Promise<{ games: number; seconds: number; workers: number }> }).benchStudy(games), STUDY_GAMES);
    if (r.games !== STUDY_GAMES) throw new Error(`the pool study played ${r.games} of ${STUDY_GAMES} games`);
    return {
      studyBrowser10kSeconds: +((r.seconds * 10_000) / STUDY_GAMES).toFixed(2),
      studyBrowserGamesPlayed: r.games,
      studyBrowserWorkers: r.workers,
      studyBrowserGamesPerSecond: +(r.games / r.seconds).toFixed(1),
    };
  } finally {
    await page.context().close();
  }
}

/**
 * Standalone run of the forecast half alone (no sim, map or pool benchmark), so a change to the forecast panel can be
 * measured in a minute: `npx tsx scripts/bench-forecast.ts [game dist] [runs]` builds the game when no folder is given.
 */
async function main(): Promise<void> {
  const [distArg, runsArg] = process.argv.slice(2);
  const dist = distArg && distArg !== '-' ? distArg : mkdtempSync(join(tmpdir(), 'mv-bench-forecast-'));
  if (dist !== distArg) await buildApp(dist);
  const server = await serveDir(dist);
  const browser = await launchChromium();
  try {
    for (let run = 0; run < Number(runsArg ?? 1); run++) console.log(JSON.stringify(await forecastBench(browser, server.url)));
  } finally {
    await browser.close();
    await server.close();
    if (dist !== distArg) rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-forecast.ts')) await main();
