// The teacher's settings in words, for the first briefing of a lesson's game.
import { t, textOf } from '../i18n';
import type { Rules } from '../sim/content';
import type { Lesson } from '../lesson/lessonLink';

/** One line per setting the teacher chose (turns, seed, language, what is closed, questions to come). */
export function lessonLines(lesson: Lesson, baseRules: Rules | null): string[] {
  const title = (id: string) => textOf(baseRules?.actions[id]?.title) || id;
  const lines = [
    t('lesson.brief.turns', { count: lesson.turns }),
    lesson.seed === null ? t('lesson.brief.seedOwn') : t('lesson.brief.seedSame', { seed: lesson.seed }),
  ];
  if (lesson.closedVectors.length) lines.push(t('lesson.brief.closedVectors', { list: lesson.closedVectors.map((v) => t(`vector.${v}`)).join(', ') }));
  if (lesson.closedActions.length) lines.push(t('lesson.brief.closedActions', { list: lesson.closedActions.map(title).join(', ') }));
  if (lesson.questions.length) lines.push(t('lesson.brief.questions', { count: lesson.questions.length }));
  return lines;
}
