// npm run validate -- <file…>: checks scenario files, printing every located problem or a one-line summary per file.
import { readFileSync, statSync } from 'node:fs';
import { parseScenario } from '../scenario/parse';
import { ABSTRACTION } from '../scenario/schema';

const USAGE = 'usage: npm run validate -- <scenario.json> [more.json …]';

/** Checks one file; returns the lines to print and whether it is valid. */
function validateFile(file: string): { ok: boolean; lines: string[] } {
  let text: string;
  if (/(^|[\\/])scenario\.schema\.json$/.test(file)) return { ok: true, lines: [`${file}: skipped (the JSON Schema editors use, not a scenario)`] };
  try {
    if (statSync(file).isDirectory()) return { ok: false, lines: [`${file}: is a directory; give scenario files, e.g. ${file.replace(/\/$/, '')}/*.json`] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { ok: false, lines: [`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`}`] };
  }
  const result = parseScenario(text, file);
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
  const r = validateFile(file);
  (r.ok ? console.log : console.error)(r.lines.join('\n'));
  failed ||= !r.ok;
}
process.exit(failed ? 1 : 0);
