// The class view: pasted codes (bare, named or as links) become one scored row each; bad lines say where and why;
// the CSV opens in a spreadsheet safely.
import { describe, expect, it } from 'vitest';
import { classReport, splitLine } from '../../src/lesson/classReport';
import { csvCell, toCsv } from '../../src/lesson/csv';
import { classCsv, type Words } from '../../src/lesson/exports';
import { lessonScenario } from '../../src/lesson/lessonScenario';
import { finalScore, buildRules } from '../../src/sim';
import { machineErrorWords } from '../../src/ui/machineErrorWords';
import { catalog, playedCode } from './fixture';
import { at, entry } from '../../src/sim/indexing';

const words: Words = { text: (x) => x?.en ?? '', ending: (id) => `ending:${id}`, header: (k) => k };

describe('the class report', () => {
  const scenario = entry(catalog(), 'classroom-short');
  const games = [playedCode(scenario, 1, 'historical'), playedCode(scenario, 2, 'pro-russia'), playedCode(lessonScenario(scenario, 4, ['tolerate-reexports']), 3, 'western-pivot')];

  it('reads one row per code, as the sim scores it, whatever form the line takes', () => {
    const text = [
      '# period 3',
      `Aigerim: ${at(games, 0).code}`,
      '',
      `https://school.example/?play=${at(games, 1).code}`,
      `Daniyar Ospanov\t${at(games, 2).code}`,
    ].join('\n');
    const report = classReport(text, catalog());
    expect(report.bad).toEqual([]);
    expect(report.rows.map((r) => [r.line, r.label])).toEqual([[2, 'Aigerim'], [4, ''], [5, 'Daniyar Ospanov']]);
    report.rows.forEach((row, i) => {
      const score = finalScore(at(games, i).world, buildRules(i === 2 ? lessonScenario(scenario, 4, ['tolerate-reexports']) : scenario));
      expect(row.ending).toBe(at(games, i).world.outcome?.ending ?? score.ending);
      expect(row.pillars).toEqual(score.pillars);
      expect(row.goals.map((g) => g.met)).toEqual(score.goals.map((g) => g.met));
    });
    expect(at(report.rows, 2).turns).toBe(4);
    expect(report.endings.reduce((n, e) => n + e.count, 0)).toBe(3);
  });

  it('lists bad lines with their line number and reason, and keeps the good ones', () => {
    const damaged = at(games, 0).code.slice(0, -4);
    const report = classReport(`${at(games, 0).code}\nnot a code at all!\n${damaged}`, catalog());
    expect(report.rows.map((r) => r.line)).toEqual([1]);
    expect(report.bad.map((b) => b.line)).toEqual([2, 3]);
    const said = report.bad.map((b) => (b.reason === 'limit' ? 'limit' : machineErrorWords(b.reason)));
    expect(said[0]).toMatch(/character/);
    expect(said[1]).toMatch(/damaged|incomplete/);
  });

  it('counts the common turning points once per student', () => {
    const same = classReport([at(games, 0).code, at(games, 0).code].join('\n'), catalog());
    if (at(same.rows, 0).turning.length) expect(at(same.commonTurning, 0).count).toBe(2);
    expect(same.commonTurning.every((c) => c.count <= 2)).toBe(true);
  });

  it('splits a named line at the code, not inside the name', () => {
    expect(splitLine('Ivanova Anna, ABCDEFGHijkl_-12')).toEqual({ label: 'Ivanova Anna', code: 'ABCDEFGHijkl_-12' });
    expect(splitLine('ABCDEFGHijkl')).toEqual({ label: '', code: 'ABCDEFGHijkl' });
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas in text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+7 701')).toBe("'+7 701");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(toCsv([['a', 1], ['б', 2]])).toBe('\uFEFFa,1\r\nб,2\r\n');
  });

  it('has one row per student with the table\'s columns', () => {
    const scenario = entry(catalog(), 'classroom-short');
    const a = playedCode(scenario, 5);
    const csv = classCsv(classReport(`=cmd|' /C calc'!A0 ${a.code}`, catalog()), words);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(at(lines, 0).split(',').slice(0, 7)).toEqual(['line', 'student', 'scenario', 'seed', 'turnsPlayed', 'turns', 'ending']);
    expect(at(lines, 1).startsWith(`1,'=cmd|' /C calc'!A0,`)).toBe(true);
    expect(lines[1]).toContain(',5,8,8,ending:');
  });
});
