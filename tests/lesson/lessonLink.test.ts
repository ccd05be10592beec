// Lesson links: what a teacher sets up travels in one URL-safe code and comes back identical; damaged, forged or
// out-of-range links are refused with a located reason.
import { describe, expect, it } from 'vitest';
import { ByteWriter, fnv1a32, toBase64Url } from '../../src/machine/bytes';
import {
  checkLesson, closedActionIds, decodeLesson, encodeLesson, LESSON_LIMITS, lessonCodeFrom, lessonUrl, openActions, type Lesson,
} from '../../src/lesson/lessonLink';
import { lessonCatalog } from '../../src/ui/lessonLaunch';
import { catalog } from './fixture';
import { at, entry } from '../../src/sim/indexing';

const lesson: Lesson = {
  scenarioId: 'classroom-short', seed: 4242, turns: 6, lang: 'kk',
  closedVectors: ['military'], closedActions: ['tolerate-reexports'],
  questions: ['Қай шешім ойыныңызды ең көп өзгертті?', 'Why did Russia react?'],
};

/** A code with a valid checksum around bytes a forger chose. */
function forge(write: (w: ByteWriter) => void): string {
  const w = new ByteWriter();
  write(w);
  const body = w.bytes();
  const tail = new ByteWriter();
  tail.u32(fnv1a32(body));
  return toBase64Url(Uint8Array.from([...body, ...tail.bytes()]));
}

describe('lesson links', () => {
  it('carry every setting and come back identical, in a URL-safe code', () => {
    const code = encodeLesson(lesson);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLesson(code)).toEqual({ ok: true, value: lesson });
    expect(decodeLesson(encodeLesson({ ...lesson, seed: null, closedVectors: [], closedActions: [], questions: [] })))
      .toEqual({ ok: true, value: { ...lesson, seed: null, closedVectors: [], closedActions: [], questions: [] } });
  });

  it('are read from a whole link or the bare code, and the link keeps nothing else of the teacher\'s address', () => {
    const url = lessonUrl('https://school.example/game/?play=XYZ&lang=ru#top', lesson);
    expect(url.startsWith('https://school.example/game/?lesson=')).toBe(true);
    expect(url).not.toContain('play=');
    expect(decodeLesson(lessonCodeFrom(url))).toEqual({ ok: true, value: lesson });
    expect(decodeLesson(lessonCodeFrom(`  ${encodeLesson(lesson)}  `)).ok).toBe(true);
  });

  it('refuses damaged, altered, truncated or foreign codes with a reason, never a throw', () => {
    const code = encodeLesson(lesson);
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    const problems = ['', 'a b', code.slice(0, -3), flipped, 'x'.repeat(LESSON_LIMITS.code + 1), 42, null].map((c) => decodeLesson(c));
    expect(problems.map((p) => (p.ok ? 'ok' : p.error.code))).toEqual(['empty', 'badCharacter', 'damaged', 'checksum', 'tooLong', 'empty', 'empty']);
    const bad = decodeLesson('abc$def');
    expect(bad.ok ? null : bad.error.values).toEqual({ char: '$', position: 4 });
  });

  it('refuses a newer version and out-of-bounds counts even when the checksum is right', () => {
    const newer = decodeLesson(forge((w) => w.varint(2)));
    expect(newer.ok ? null : newer.error).toMatchObject({ code: 'newerVersion', values: { version: 2, supported: 1 } });
    const tooMany = decodeLesson(forge((w) => {
      w.varint(1); w.text('classroom-short'); w.varint(0); w.varint(8); w.varint(0); w.varint(0); w.varint(0); w.varint(LESSON_LIMITS.questions + 1);
    }));
    expect(tooMany.ok ? null : tooMany.error.code).toBe('damaged');
    const long = decodeLesson(encodeLesson({ ...lesson, questions: ['ok', 'я'.repeat(LESSON_LIMITS.questionChars + 1)] }));
    expect(long.ok ? null : long.error).toMatchObject({ code: 'questionTooLong', where: 'questions[1]' });
  });

  it('are checked against the game\'s scenarios: unknown scenario, turns out of range, unknown actions, each located', () => {
    const known = lessonCatalog(catalog());
    expect(checkLesson(lesson, known)).toEqual([]);
    expect(checkLesson({ ...lesson, scenarioId: 'constructor' }, known).map((p) => p.code)).toEqual(['unknownScenario']);
    expect(checkLesson({ ...lesson, scenarioId: '__proto__' }, known).map((p) => p.code)).toEqual(['unknownScenario']);
    const bad = checkLesson({ ...lesson, turns: 9, closedActions: ['tolerate-reexports', 'toString', 'no-such-action'] }, known);
    expect(bad.map((p) => [p.code, p.where])).toEqual([['turnsRange', 'turns'], ['unknownAction', 'closedActions[1]'], ['unknownAction', 'closedActions[2]']]);
    expect(checkLesson({ ...lesson, turns: 0 }, known).map((p) => p.code)).toEqual(['turnsRange']);
  });

  it('close whole vectors and single actions, and refuse to close everything', () => {
    const known = lessonCatalog(catalog());
    const actions = entry(known, 'classroom-short').actions;
    const closed = closedActionIds(lesson, actions);
    expect(closed).toContain('tolerate-reexports');
    expect(closed.filter((id) => actions[id] === 'military')).toEqual(Object.keys(actions).filter((id) => actions[id] === 'military').sort());
    expect(openActions(lesson, actions).some((id) => actions[id] === 'military' || id === 'tolerate-reexports')).toBe(false);
    const all = checkLesson({ ...lesson, closedVectors: ['trade', 'routes', 'alliances', 'military', 'identity'] }, known);
    expect(all.map((p) => p.code)).toEqual(['allClosed']);
  });
});

describe('the lesson QR code', () => {
  it('reads back as the lesson link (decoded from its pixels)', async () => {
    const { qrModules } = await import('../../src/ui/dom/qr');
    const { default: decodeQR } = await import('@paulmillr/qr/decode.js');
    const url = lessonUrl('https://school.example/multi-vector/', lesson);
    const grid = qrModules(url)!;
    const scale = 4;
    const size = grid.length * scale;
    const data = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
      const v = at(grid, Math.floor(y / scale))[Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * size + x) * 4);
    }
    expect(decodeQR({ width: size, height: size, data })).toBe(url);
    expect(qrModules('x'.repeat(5000))).toBeNull();
  });
});
