// npm run bench [-- --json]: speed and memory of the sim (one core), plus browser figures when a build can run.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { buildRules, stateHash } from '../src/sim';
import { parseScenario } from '../src/scenario/parse';
import { playBatchGame, playGame } from '../src/strategies/play';
import { builtinStrategy } from '../src/strategies/builtin';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, 'no-browser': { type: 'boolean', default: false } } });

const parsed = parseScenario(readFileSync(new URL('../scenarios/baseline-2022.json', import.meta.url), 'utf8'), 'baseline-2022.json');
if (!parsed.ok) throw new Error('baseline scenario does not validate');
const scenario = parsed.value;
const rules = buildRules(scenario);
const strategy = () => builtinStrategy('balanced', 1)!;

/** CPU milliseconds this process has used: unlike the wall clock, it leaves out the time other programs held the core. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median of a list. */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function simBench() {
  for (let i = 0; i < 50; i++) playGame(rules, scenario, i, strategy()); // warm up the JIT
  const rounds: number[] = [];
  let turns = 0;
  let games = 0;
  const c0 = cpuMs();
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      const g = playGame(rules, scenario, r * 1000 + i, strategy());
      turns += g.world.history.length;
      games++;
    }
    rounds.push((performance.now() - t0) / 100);
  }
  const msPerGame = median(rounds);
  const cpuUsPerTurn = ((cpuMs() - c0) * 1000) / turns;
  const gc = (globalThis as { gc?: () => void }).gc;
  // the JS heap plus typed arrays' backing stores (which live outside it: the ledger keeps its changes in them)
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc?.();
  const before = used();
  const kept = Array.from({ length: 50 }, (_, i) => playGame(rules, scenario, i, strategy()));
  gc?.();
  const heapBytesPerGame = Math.max(0, (used() - before) / kept.length);
  const first = kept[0];
  const check = first ? stateHash(first.world) : '';
  return {
    usPerTurn: (msPerGame * 1000) / (turns / games),
    cpuUsPerTurn,
    msPerGame,
    gamesPerSecond: 1000 / msPerGame,
    study10kGamesSeconds: (10_000 * msPerGame) / 1000, // aim: under 20 s (a game under 2 ms)
    heapBytesPerGame: Math.round(heapBytesPerGame),
    heapMeasuredWithGc: gc ? 1 : 0,
    sampleHash: check,
  };
}

/**
 * A fixed reference workload (allocation-heavy plain JS, like a turn), timed in the same run: machines here are noisy,
 * so each figure is also printed as a ratio to it, which holds from run to run.
 */
function referenceMs(): number {
  const once = () => {
    const t0 = performance.now();
    let acc = 0;
    for (let i = 0; i < 20_000; i++) {
      const o: { a: number; b: [number, number]; c: { d: number } } = { a: i, b: [i, i + 1], c: { d: i * 0.5 } };
      acc += o.b[1] + o.c.d;
    }
    if (acc < 0) throw new Error('unreachable');
    return performance.now() - t0;
  };
  for (let i = 0; i < 20; i++) once();
  return median(Array.from({ length: 15 }, once));
}

/** The reference workload's CPU time (200 runs together: one run is below the CPU clock's resolution). */
function referenceCpuMs(): number {
  const c0 = cpuMs();
  let acc = 0;
  for (let r = 0; r < 200; r++) {
    for (let i = 0; i < 20_000; i++) {
      const o: { a: number; b: [number, number]; c: { d: number } } = { a: i, b: [i, i + 1], c: { d: i * 0.5 } };
      acc += o.b[1] + o.c.d;
    }
  }
  if (acc < 0) throw new Error('unreachable');
  return (cpuMs() - c0) / 200;
}

/** The batch lane (studies, forecasts): full baseline games a second on one core, and the cost of a turn. */
function batchBench() {
  for (let i = 0; i < 300; i++) playBatchGame(rules, scenario, i, strategy());
  const rounds: number[] = [];
  let turns = 0;
  let games = 0;
  const c0 = cpuMs();
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) {
      turns += playBatchGame(rules, scenario, 50_000 + r * 1000 + i, strategy()).world.history.length;
      games++;
    }
    rounds.push((performance.now() - t0) / 200);
  }
  const msPerGame = median(rounds);
  const cpuMsPerGame = (cpuMs() - c0) / games;
  return {
    batchGamesPerSecond: 1000 / msPerGame,
    batchUsPerTurn: (msPerGame * 1000) / (turns / games),
    batchCpuGamesPerSecond: 1000 / cpuMsPerGame,
    batchCpuMsPerGame: cpuMsPerGame,
  };
}

const TARGETS: Record<string, string> = {
  batchGamesPerSecond: '≥ 3000 (aim 5000) on one quiet core',
  interactiveUsPerTurn: '< 1000',
  heapBytesPerGame: '< 150000',
  forecastMs: '≤ 1000 (selection change → painted forecast of 200+ futures, median)',
  forecastFirstPaintMs: '(selection change → first painted result)',
  forecastCompute200Ms: '(200 futures of the same plans in Node on one core, now: the floor under forecastMs)',
  studyBrowser10kSeconds: '≤ 10 (10,000 baseline games in the page\'s worker pool)',
  forecastFrameP95Ms: '(drawn-frame p95, the pointer sweeping the map while forecasts run)',
  forecastIdleFrameP95Ms: '(drawn-frame p95, the same sweep with no forecast running)',
  ratioForecastFrameP95: '≤ 1.5 (drawn-frame p95 while forecasting ÷ idle, same sweep, alternating)',
  ratioForecastRafP95: '(every animation frame from a selection change to its finished forecast ÷ idle ones, where nothing is drawn: counts the drawing of the click and paint themselves)',
};

const sim = simBench();
const reference = referenceMs();
const batch = batchBench();
const referenceCpu = referenceCpuMs();
const result: Record<string, number | string> = {
  ...sim,
  interactiveUsPerTurn: sim.usPerTurn,
  ...batch,
  referenceMs: reference,
  batchGameInReferences: (1000 / batch.batchGamesPerSecond) / reference,
  interactiveTurnInReferences: sim.usPerTurn / 1000 / reference,
  referenceCpuMs: referenceCpu,
  batchGameInCpuReferences: batch.batchCpuMsPerGame / referenceCpu,
  interactiveTurnInCpuReferences: sim.cpuUsPerTurn / 1000 / referenceCpu,
};
if (!values['no-browser']) {
  try {
    const { browserBench } = await import('./bench-browser');
    Object.assign(result, await browserBench());
  } catch (e) {
    result.browserSkipped = String((e as Error).message ?? e).slice(0, 200);
  }
}
if (values.json) console.log(JSON.stringify(result));
else {
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(28)} ${String(typeof v === 'number' ? +v.toFixed(3) : v).padEnd(14)} ${TARGETS[k] ? `target ${TARGETS[k]}` : ''}`);
  console.log('\n(the *InReferences figures are costs divided by a fixed workload timed in this run: compare those across runs;');
  console.log(' the *Cpu* figures count only the CPU time this process used, which holds better when other programs share the cores)');
}
