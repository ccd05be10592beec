// Map frame times, game against the bare Phaser page, measured A/B/A/B in one browser so both see the same machine load.
// Standalone: npx tsx scripts/bench-frames.ts <game dist> <bare dist> [rounds]  (folders built by `vite build`).
import type { Page } from 'playwright-core';
import { namedObjects } from '../tests/browser/pageProbe';

/** How long (ms) each page is measured per turn of the A/B alternation. */
const SEGMENT_MS = 2500;
/** Pause (ms) between pointer moves: a quick hand sweeping over the map. */
const MOVE_MS = 40;
/** Quantile of the frame times the target is set on. */
const P95 = 0.95;

/** A page taking part in the A/B comparison: where its Phaser game is (`window.kz.game` or `window.game`). */
export interface FramePage {
  page: Page;
  game: 'kz' | 'bare';
}

/** Frame intervals (ms) of one measured segment, and how many steps ran in it (drawn or skipped). */
interface Segment {
  drawn: number[];
  steps: number;
  seconds: number;
}

type Mode = 'hover' | 'continuous';

/**
 * Installs the frame recorder in a page: each Phaser step's start time, and whether that step drew (the game's render
 * gate, `game.renderGate`, skips frames when nothing changed; the bare page has no gate and draws every frame).
 * The interval from a drawn step to the next step is that drawn frame's time: what the player waits for. Idle steps
 * the gate skipped are left out, so an idle game cannot look fast by drawing nothing.
 */
export async function installRecorder(fp: FramePage): Promise<void> {
  await fp.page.evaluate((which) => {
    type Gate = { drawn: number; lastDrawn: boolean; keepDrawing(ms: number): void };
    const w = window as unknown as { kz?: { game: Phaser.Game }; game?: Phaser.Game; frameRec?: unknown };
    const game = (which === 'kz' ? w.kz?.game : w.game) as Phaser.Game & { renderGate?: Gate };
    const rec = { on: false, times: [] as number[], drawn: [] as boolean[], game };
    game.events.on('prestep', () => rec.on && rec.times.push(performance.now()));
    game.events.on('postrender', () => rec.on && rec.drawn.push(game.renderGate?.lastDrawn ?? true));
    w.frameRec = rec;
  }, fp.game);
}

/** Runs the page's game loop (wake) or stops it (sleep), so the page not being measured costs the machine nothing. */
export function setLoop(fp: FramePage, running: boolean): Promise<void> {
  return fp.page.evaluate((running) => {
    const rec = (window as unknown as { frameRec: { game: Phaser.Game } }).frameRec;
    if (running) rec.game.loop.wake();
    else rec.game.loop.sleep();
  }, running);
}

/** Sweeps the pointer through `path` for SEGMENT_MS while recording; in 'continuous' mode the game draws every frame. */
async function measureSegment(fp: FramePage, path: { x: number; y: number }[], mode: Mode, offset: number): Promise<Segment> {
  await setLoop(fp, true);
  await fp.page.waitForTimeout(150); // a few frames to settle after waking
  await fp.page.evaluate(({ mode, ms }) => {
    const rec = (window as unknown as { frameRec: { on: boolean; times: number[]; drawn: boolean[]; game: Phaser.Game & { renderGate?: { keepDrawing(ms: number): void } } } }).frameRec;
    rec.times = [];
    rec.drawn = [];
    rec.on = true;
    if (mode === 'continuous') rec.game.renderGate?.keepDrawing(ms + 300);
  }, { mode, ms: SEGMENT_MS });
  const start = Date.now();
  for (let i = offset; Date.now() - start < SEGMENT_MS; i++) {
    const p = path[i % path.length];
    if (p) await fp.page.mouse.move(p.x, p.y);
    await fp.page.waitForTimeout(MOVE_MS);
  }
  const seconds = (Date.now() - start) / 1000;
  const raw = await fp.page.evaluate(() => {
    const rec = (window as unknown as { frameRec: { on: boolean; times: number[]; drawn: boolean[] } }).frameRec;
    rec.on = false;
    return { times: rec.times, drawn: rec.drawn };
  });
  await setLoop(fp, false);
  const drawn: number[] = [];
  for (let i = 0; i + 1 < raw.times.length; i++) {
    const [t0, t1] = [raw.times[i], raw.times[i + 1]];
    if (raw.drawn[i] && t0 !== undefined && t1 !== undefined) drawn.push(t1 - t0);
  }
  return { drawn, steps: raw.times.length, seconds };
}

/** The q-quantile of a list (NaN when empty). */
export const quantileOf = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/**
 * A pointer path over the map: the centre of each hoverable thing on it (badges, partner cards, lens tabs) with a point
 * between each pair, so the pointer keeps entering and leaving objects and lines as a player's hand does.
 */
export async function mapSweepPath(page: Page): Promise<{ x: number; y: number }[]> {
  const objects = (await namedObjects(page)).filter((o) => /^(route|corridor|partner):/.test(o.name));
  const path: { x: number; y: number }[] = [];
  objects.forEach((o, i) => {
    const next = objects[(i + 1) % objects.length] ?? o;
    path.push({ x: o.x, y: o.y }, { x: (o.x + next.x) / 2 + 23, y: (o.y + next.y) / 2 + 17 });
  });
  if (path.length < 4) throw new Error(`The map shows too few hoverable objects to sweep (${objects.length}).`);
  return path;
}

/**
 * Measures drawn-frame times of the game (already on its planning screen) and the bare page alternately: `rounds`
 * rounds per mode, each a game segment and a bare segment (order swapped every round so drift cancels), both pages
 * swept along the same pointer path. Reports per mode the median of the rounds' p95 ratios (game / bare) and their
 * spread, the pooled p95s, and how many frames the game drew per second.
 */
export async function frameBench(game: FramePage, bare: FramePage, rounds = 6): Promise<Record<string, number>> {
  const path = await mapSweepPath(game.page);
  await installRecorder(game);
  await installRecorder(bare);
  const out: Record<string, number> = {};
  for (const mode of ['hover', 'continuous'] as const) {
    const ratios: number[] = [];
    const medianRatios: number[] = [];
    const all = { game: [] as number[], bare: [] as number[] };
    let drawnPerSecond = 0;
    await setLoop(game, false);
    await setLoop(bare, false);
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [game, bare] : [bare, game];
      const seg = new Map<FramePage, Segment>();
      for (const fp of order) seg.set(fp, await measureSegment(fp, path, mode, r * 7));
      const g = seg.get(game);
      const b = seg.get(bare);
      if (!g || !b || g.drawn.length < 5 || b.drawn.length < 5) continue; // too few frames to have a p95
      ratios.push(quantileOf(g.drawn, P95) / quantileOf(b.drawn, P95));
      medianRatios.push(quantileOf(g.drawn, 0.5) / quantileOf(b.drawn, 0.5));
      all.game.push(...g.drawn);
      all.bare.push(...b.drawn);
      drawnPerSecond += g.drawn.length / g.seconds / rounds;
    }
    await setLoop(game, true);
    await setLoop(bare, true);
    const name = mode === 'hover' ? 'Hover' : 'Continuous';
    out[`frame${name}Rounds`] = ratios.length;
    out[`frame${name}GameMedianMs`] = +quantileOf(all.game, 0.5).toFixed(2);
    out[`frame${name}GameP95Ms`] = +quantileOf(all.game, P95).toFixed(2);
    out[`frame${name}BareMedianMs`] = +quantileOf(all.bare, 0.5).toFixed(2);
    out[`frame${name}BareP95Ms`] = +quantileOf(all.bare, P95).toFixed(2);
    out[`frame${name}GameDrawnPerSecond`] = +drawnPerSecond.toFixed(1);
    out[`ratio${name}FrameP95`] = +quantileOf(ratios, 0.5).toFixed(3); // median over rounds
    out[`ratio${name}FrameP95Min`] = +Math.min(...ratios).toFixed(3);
    out[`ratio${name}FrameP95Max`] = +Math.max(...ratios).toFixed(3);
    out[`ratio${name}FrameMedian`] = +quantileOf(medianRatios, 0.5).toFixed(3);
  }
  return out;
}

/**
 * Waits until the planning screen is quiet: the background forecast (worker threads, which would load the machine
 * while frames are timed) has finished, and the screen has settled.
 */
export async function quietPlanning(page: Page): Promise<void> {
  await page.waitForFunction(() => window.kz.lastForecast?.done === true, null, { timeout: 180_000 }).catch(() => undefined);
  await page.waitForTimeout(1000);
}

/** Standalone run against two ready builds: opens both, starts a game to its planning screen, prints the figures. */
async function main(): Promise<void> {
  const [gameDist, bareDist, roundsArg] = process.argv.slice(2);
  if (!gameDist || !bareDist) throw new Error('Usage: npx tsx scripts/bench-frames.ts <game dist> <bare dist> [rounds]');
  const { launchChromium, newPage, serveDir } = await import('../tests/browser/harness');
  const { clickTo, startFromMenu } = await import('../tests/browser/drive');
  const { waitForObject } = await import('../tests/browser/pageProbe');
  const browser = await launchChromium();
  const servers = [await serveDir(gameDist), await serveDir(bareDist)];
  try {
    const viewport = { width: 1280, height: 720 };
    const barePage = await newPage(browser, viewport);
    await barePage.goto(servers[1]!.url);
    await barePage.waitForFunction(() => !!(window as unknown as { benchReady?: number }).benchReady, null, { timeout: 20_000 });
    const page = await newPage(browser, viewport);
    await page.goto(servers[0]!.url);
    await waitForObject(page, 'menu:new-game', 20_000);
    await startFromMenu(page, process.env.KZ_BENCH_SCENARIO ?? 'classroom-short');
    await clickTo(page, 'briefing:continue', ['planning']);
    await waitForObject(page, 'end-turn');
    await quietPlanning(page);
    console.log(JSON.stringify(await frameBench({ page, game: 'kz' }, { page: barePage, game: 'bare' }, Number(roundsArg ?? 6)), null, 1));
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

if (process.argv[1]?.endsWith('bench-frames.ts')) await main();
