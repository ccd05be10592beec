// Lint: typescript-eslint's recommended rules, plus the rule that keeps src/sim pure.
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
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/sim/**/*.ts'], rules: purity },
);
