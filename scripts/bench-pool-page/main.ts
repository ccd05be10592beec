// The benchmark's study page: plays whole baseline games (the "none" line) in a forecast worker pool sized for
// studies (one worker per core; ?workers=N to choose).
import baseline from '../../scenarios/baseline-2022.json';
import { newForecastPool } from '../../src/lab/browserForecast';
import { DO_NOTHING } from '../../src/lab/forecast';
import { runPoolStudy } from '../../src/lab/poolStudy';
import { studyPoolSize } from '../../src/lab/workerPool';
import { parseScenario } from '../../src/scenario/parse';
import { buildRules, createWorld } from '../../src/sim';

/** What `window.benchStudy` reports: the games played, in how many seconds, by how many workers, and a check. */
interface BenchStudyResult {
  games: number;
  seconds: number;
  workers: number;
  endings: Record<string, number>;
}

const parsed = parseScenario(JSON.stringify(baseline), 'baseline-2022.json');
if (!parsed.ok) throw new Error('baseline-2022 does not validate');
const rules = buildRules(parsed.value);
const world = createWorld(parsed.value, 1);
const pool = newForecastPool(Number(new URLSearchParams(location.search).get('workers')) || studyPoolSize(navigator.hardwareConcurrency));
pool.warm();

/** Plays `games` whole games from the scenario's start in the pool; resolves when the last tally has arrived. */
async function benchStudy(games: number): Promise<BenchStudyResult> {
  const started = performance.now();
  const tally = await runPoolStudy(pool, { rules, world, plan: DO_NOTHING, games, turns: world.turns });
  return { games: tally.seeds, seconds: (performance.now() - started) / 1000, workers: pool.size, endings: tally.endings };
}

(window as unknown as { benchStudy: typeof benchStudy }).benchStudy = benchStudy;
// A short study first, so the measured one does not include the workers' start (loading their code, the rules).
void runPoolStudy(pool, { rules, world, plan: DO_NOTHING, games: pool.size * 4, turns: world.turns, chunk: 2 }).then(() => {
  (window as unknown as { benchReady: boolean }).benchReady = true;
});
