// The lab's result as files a spreadsheet or a script can open: CSV (one row per line) and JSON (everything, with ids).
import { toCsv, type Cell } from '../lesson/csv';
import { ENDING_IDS, PILLAR_IDS } from '../sim/ids';
import type { LabResult } from './labRequest';

/** How the export names columns and endings in the player's language. */
export interface LabWords {
  header: (key: string) => string;
  ending: (id: string) => string;
  pillar: (id: string) => string;
}

const pct = (share: number): number => Math.round(share * 1000) / 10;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One row per line: what it is, its seeds, the share (%) of each ending, each pillar's and the balance's band, goals met (%). */
export function labCsv(result: LabResult, words: LabWords): string {
  const band = (name: string) => ['p10', 'p50', 'p90'].map((q) => `${name} ${q}`);
  const head: Cell[] = [
    words.header('line'), words.header('scenario'), words.header('seeds'),
    ...ENDING_IDS.map((e) => `${words.ending(e)} %`),
    ...PILLAR_IDS.flatMap((p) => band(words.pillar(p))),
    ...band(words.header('balance')),
    `${words.header('allGoals')} %`,
  ];
  const rows: Cell[][] = result.lines.map((l) => [
    l.label, result.scenarioTitle, l.seeds,
    ...ENDING_IDS.map((e) => pct(l.endings[e])),
    ...PILLAR_IDS.flatMap((p) => [round1(l.pillars[p].p10), round1(l.pillars[p].p50), round1(l.pillars[p].p90)]),
    round1(l.balance.p10), round1(l.balance.p50), round1(l.balance.p90),
    pct(l.allGoals),
  ]);
  return toCsv([head, ...rows]);
}

/** The whole result as JSON (format name and version first, so a later tool can tell what it reads). */
export function labJson(result: LabResult): string {
  return JSON.stringify({ format: 'multi-vector-lab', version: 1, ...result }, null, 2);
}
