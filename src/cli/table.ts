// The runner's readable per-turn table: one line a turn with the indicators a reader scans first.
import type { Indicators } from '../sim/world';

interface Row {
  date: string;
  actions: string[];
  choices: { eventId: string; optionId: string }[];
  indicators: Indicators;
}

const COLUMNS: [string, number, (i: Indicators) => string][] = [
  ['oil Mt', 7, (i) => i.oilExportsMt.toFixed(1)],
  ['CPC%', 5, (i) => ((100 * i.oilByRouteMt.cpc) / Math.max(1e-9, i.oilExportsMt)).toFixed(0)],
  ['BTC', 5, (i) => i.oilByRouteMt.btc.toFixed(1)],
  ['MidCor', 6, (i) => i.middleCorridorMt.toFixed(1)],
  ['GDP $bn', 8, (i) => i.gdpUsdBn.toFixed(0)],
  ['grow%', 6, (i) => i.gdpGrowthPct.toFixed(1)],
  ['RU alarm', 8, (i) => i.russiaAlarm.toFixed(0)],
  ['RU rel', 6, (i) => i.relations.russia.toFixed(0)],
  ['stab', 5, (i) => i.stability.toFixed(0)],
  ['sov', 4, (i) => i.pillars.sovereignty.toFixed(0)],
  ['bal', 4, (i) => i.balance.toFixed(0)],
];

/** Formats turns as a fixed-width table with the decisions of each turn at the end of its line. */
export function formatTable(rows: Row[]): string {
  const head = ['date'.padEnd(8), ...COLUMNS.map(([name, w]) => name.padStart(w)), '  decisions'].join(' ');
  const lines = rows.map((r) => {
    const decisions = [...r.actions, ...r.choices.map((c) => `${c.eventId}→${c.optionId}`)].join(', ') || '—';
    return [r.date.padEnd(8), ...COLUMNS.map(([, w, f]) => f(r.indicators).padStart(w)), `  ${decisions}`].join(' ');
  });
  return [head, ...lines].join('\n');
}
