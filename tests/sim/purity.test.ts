// The lint rule that keeps src/sim pure really fires: Phaser, XState, DOM, Math.random and Date.now are refused there.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { at } from '../../src/sim/indexing';

// The snippets are not files of the TypeScript project, so they are linted without type information (the purity
// rule is syntactic; the type-checked rules are checked on the real tree by `npm run lint`).
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname, overrideConfig: tseslint.configs.disableTypeChecked });
const lint = async (code: string, filePath: string) => at(await eslint.lintText(code, { filePath }), 0).messages.map((m) => m.message);

describe('src/sim purity rule', () => {
  it.each([
    ["import Phaser from 'phaser';\nexport const x = Phaser;", /no Phaser or XState/],
    ["import { createActor } from 'xstate';\nexport const x = createActor;", /no Phaser or XState/],
    ['export const roll = () => Math.random();', /seeded generator/],
    ['export const now = () => Date.now();', /no clock/],
    ['export const when = () => new Date();', /no clock/],
    ['export const el = () => document.body;', /document/],
  ])('refuses %s in src/sim', async (code, message) => {
    const messages = await lint(code, 'src/sim/example.ts');
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
  }, 30_000);

  it('allows the same code outside src/sim', async () => {
    expect(await lint('export const roll = () => Math.random();', 'src/ui/example.ts')).toEqual([]);
  }, 30_000);

  it('finds nothing impure in the real src/sim', async () => {
    const results = await eslint.lintFiles(['src/sim/**/*.ts']);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  }, 60_000);
});
