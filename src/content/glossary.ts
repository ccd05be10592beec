// The glossary: terms a player meets (CPC, EAEU, netback…) explained in en, ru and kk; data checked when it loads.
import { z } from 'zod';
import type { Result } from '../sim/result';
import glossaryData from './glossary.json';

/** A text in all three languages (the glossary is written whole, not left to fall back to English). */
const fullText = z.strictObject({
  en: z.string().trim().min(1, 'English text must not be empty'),
  ru: z.string().trim().min(1, 'Russian text must not be empty'),
  kk: z.string().trim().min(1, 'Kazakh text must not be empty'),
});

/** The words that stand for a term in running text, per language (matched whole, case as written). */
const matchList = z.array(z.string().trim().min(1)).min(1, 'list at least one form of the term');

/** One glossary entry: the short term, its full name and an explanation, and the forms to find it by in text. */
export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'ids are camelCase letters and digits, e.g. "nationalFund"'),
  term: fullText,
  title: fullText,
  body: fullText,
  match: z.strictObject({ en: matchList, ru: matchList, kk: matchList }),
});

/** The glossary file: entries with unique ids. */
export const glossarySchema = z
  .strictObject({ entries: z.array(glossaryEntrySchema).min(1, 'the glossary needs at least one entry') })
  .superRefine((g, ctx) => {
    const ids = g.entries.map((e) => e.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${id}"` });
    });
  });

/** A checked glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Checks glossary data; every problem is one line starting with where it is (`entries[3].body.kk: …`). */
export function parseGlossary(json: unknown): Result<GlossaryEntry[], string[]> {
  const checked = glossarySchema.safeParse(json);
  if (checked.success) return { ok: true, value: checked.data.entries };
  return {
    ok: false,
    error: checked.error.issues.map((issue) => {
      const where = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
      return `${where || 'glossary'}: ${issue.message}`;
    }),
  };
}

let loaded: Result<GlossaryEntry[], string[]> | null = null;

/** The game's glossary, checked once on first use (a broken file shows its errors instead of entries). */
export function glossary(): Result<GlossaryEntry[], string[]> {
  loaded ??= parseGlossary(glossaryData);
  return loaded;
}
