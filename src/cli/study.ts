// npm run study: plays many seeds of each strategy on a scenario and prints the spread of endings and pillars;
// or plays one shard of such a study into a JSON Lines file, or merges shard files into the whole study's result.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildRules } from '../sim';
import type { ScenarioData } from '../sim/scenarioData';
import { loadScenarioRef, printable } from './input';
import { shardSeeds } from './shard';
import { parseStudyArgs, STUDY_USAGE } from './studyArgs';
import { formatStudy, playStudy, studySettings } from './studyGames';
import { mergeShardFiles } from './studyMerge';
import { shardLines } from './studyShardFile';

/** Prints a message (without terminal control characters) and leaves with a non-zero exit code. */
function fail(message: string): never {
  console.error(printable(`study: ${message}`));
  process.exit(2);
}

function loadScenario(ref: string): ScenarioData {
  const loaded = loadScenarioRef(ref);
  if (!loaded.ok) fail(loaded.error);
  return loaded.value;
}

async function main(): Promise<void> {
  const args = parseStudyArgs(process.argv.slice(2));
  if (!args.ok) fail(`${args.error}\n${STUDY_USAGE}`);
  if (args.value.mode === 'merge') {
    const merged = await mergeShardFiles(args.value.files);
    if (!merged.ok) fail(merged.error);
    console.log(formatStudy(merged.value, args.value.json));
    return;
  }
  const { scenario: ref, seeds, strategies, shard, out, json } = args.value;
  const scenario = loadScenario(ref);
  const settings = studySettings(scenario, buildRules(scenario), seeds, strategies);
  if (!shard && out === undefined) {
    console.log(formatStudy({ settings, strategies: playStudy(scenario, strategies, 1, seeds) }, json));
    return;
  }
  const part = shard ?? { index: 1, count: 1 };
  const { from, to } = shardSeeds(part, seeds);
  const lines = shardLines({ settings, shard: { ...part, from, to }, strategies: playStudy(scenario, strategies, from, to) });
  if (out === undefined) {
    process.stdout.write(lines.join(''));
    return;
  }
  // Written beside and renamed into place, so an interrupted shard never leaves a file that looks finished.
  const partial = `${out}.partial`;
  try {
    writeFileSync(partial, lines.join(''));
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { force: true });
    fail(`cannot write ${out} (${(e as { code?: string }).code ?? String(e)})`);
  }
  const count = lines.length - 2;
  console.error(`study: shard ${part.index}/${part.count}: ${from <= to ? `seeds ${from}–${to}` : 'no seeds'} of ${seeds}, ${count} games → ${printable(out)}`);
}

await main();
