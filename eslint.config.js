// Lint: typescript-eslint's type-checked recommended rules, the rule that keeps src/sim pure, and the one that keeps map projection at build time.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const purity = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: ['phaser', 'phaser/*', 'xstate', 'xstate/*'], message: 'src/sim is pure: no Phaser or XState.' },
      { group: ['**/scenes/**', '**/machine/**', '**/ui/**'], message: 'src/sim must not depend on the layers above it.' },
    ],
  }],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use the seeded generator in the world state (src/sim/rng.ts).' },
    { object: 'Date', property: 'now', message: 'The sim has no clock: time is the turn counter.' },
  ],
  'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'performance'],
  'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The sim has no clock.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  // Type-checked: floating and misused promises, awaits of non-promises, needless assertions, templates of non-strings,
  // unbound methods, and `any` flowing into typed code (no-unsafe-*), on top of the plain recommended rules.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Plain JavaScript (this file) is not in the TypeScript project: the untyped rules only.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests read JSON (CLI output, saves, scenario files) through JSON.parse, which is `any`: poking into it is how they
    // check a document's shape, so the no-unsafe-* rules stay off there; every other type-checked rule applies.
    files: ['tests/**/*.ts', 'tests/**/*.mts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The map ships projected (assets/map/projected.json, `npm run map`): projection and raw borders stay at build time.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['d3-geo', 'topojson-client', 'world-atlas', 'world-atlas/*', '**/assets/map/region.json'], message: 'The game draws the prebuilt assets/map/projected.json (src/ui/map/mapShapes.ts); projection happens in scripts/mapProjection.ts.' }],
      }],
    },
  },
  { files: ['src/sim/**/*.ts'], rules: purity },
);
