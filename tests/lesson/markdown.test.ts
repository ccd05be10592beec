// Lesson plans: Markdown read into safe blocks (HTML stays text), and every bundled plan has its reflection questions.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listUnder, parseMarkdown } from '../../src/lesson/markdown';
import { lessonPlan, planQuestions } from '../../src/lesson/lessonPlans';

describe('lesson plan Markdown', () => {
  it('reads headings, paragraphs, lists and emphasis, and leaves HTML as literal text', () => {
    const blocks = parseMarkdown('# Plan\n\nSome **bold** and *soft* words\nwrapped.\n\n- one\n- <img src=x onerror=alert(1)>\n\n1. first\n2. second');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', inlines: [{ text: 'Some ' }, { text: 'bold', bold: true }, { text: ' and ' }, { text: 'soft', italic: true }, { text: ' words wrapped.' }] });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ text: '<img src=x onerror=alert(1)>' }]] });
    expect(blocks[3]).toMatchObject({ ordered: true });
    expect(listUnder(blocks, /plan/i)).toEqual(['one', '<img src=x onerror=alert(1)>']);
  });

  it('exists for classroom-short and baseline-2022 in en, ru and kk, each with reflection questions', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../scenarios/lessons'));
    for (const id of ['classroom-short', 'baseline-2022']) {
      for (const lang of ['en', 'ru', 'kk']) {
        expect(files).toContain(`${id}.${lang}.md`);
        expect(lessonPlan(id, lang)?.lang).toBe(lang);
        expect(planQuestions(id, lang).length, `${id}.${lang}`).toBeGreaterThanOrEqual(3);
      }
      const en = readFileSync(resolve(import.meta.dirname, `../../scenarios/lessons/${id}.en.md`), 'utf8');
      expect(en).toMatch(/## Discussion questions/);
    }
    expect(lessonPlan('no-such-scenario', 'ru')).toBeNull();
  });
});
