// npm run validate -- <file…>: checks scenario files, printing every located problem or a one-line summary per file.
import { parseScenario } from '../scenario/parse';
import { ABSTRACTION } from '../scenario/schema';
import { printable, readLimitedFile } from './input';

const USAGE = 'usage: npm run validate -- <scenario.json> [more.json …]';

/** Checks one file; returns the lines to print and whether it is valid. */
function validateFile(file: string): { ok: boolean; lines: string[] } {
  if (/(^|[\\/])scenario\.schema\.json$/.test(file)) return { ok: true, lines: [`${file}: skipped (the JSON Schema editors use, not a scenario)`] };
  const read = readLimitedFile(file);
  if (!read.ok) {
    const hint = read.error.startsWith('is a folder') ? `; give scenario files, e.g. ${file.replace(/\/$/, '')}/*.json` : '';
    return { ok: false, lines: [`${file}: ${read.error}${hint}`] };
  }
  const result = parseScenario(read.value, file);
  if (!result.ok) return { ok: false, lines: result.error.map((i) => `${file}: ${i.message}`) };
  const d = result.value;
  const numbers = Object.entries(d.sources).filter(([path]) => path !== 'personalities');
  const abstract = numbers.filter(([, s]) => s === ABSTRACTION).length;
  return {
    ok: true,
    lines: [`${file}: ok — ${d.id} "${d.title.en}", ${d.turns} ${d.turnLength === 'half' ? 'half-year' : 'quarter'} turns, ${numbers.length - abstract} numbers cite a source, ${abstract} are abstractions`],
  };
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
  console.error(USAGE);
  process.exit(files.length === 0 ? 2 : 0);
}
let failed = false;
for (const file of files) {
  let r: { ok: boolean; lines: string[] };
  try {
    r = validateFile(file);
  } catch (e) {
    // A bug of ours, not the file's: one line, never a stack trace.
    r = { ok: false, lines: [`${file}: could not be checked (${e instanceof Error ? e.message : String(e)})`] };
  }
  (r.ok ? console.log : console.error)(printable(r.lines.join('\n')));
  failed ||= !r.ok;
}
process.exit(failed ? 1 : 0);
