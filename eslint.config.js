// One linter for the whole repository. The restricted-import rules keep the architecture honest:
// the app never reaches into the Node-only builder, the schema stays framework-free, and
// vis-timeline is imported by its one adapter only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserOnly = {
  patterns: [
    { group: ['node:*'], message: 'Browser code cannot use Node built-ins.' },
    { regex: '^(\\.\\./)+dataset(/|$)', message: 'The app never imports the Node-only dataset builder.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'react', 'react-dom', '../*'],
              message: 'The schema depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/lib/**', 'src/main.tsx', 'src/embed.tsx'],
    ignores: ['src/features/timeline/TimelineView.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...browserOnly,
          paths: [
            {
              name: 'vis-timeline',
              message: 'Only features/timeline/TimelineView.tsx imports vis-timeline.',
            },
            {
              name: 'vis-timeline/peer',
              message: 'Only features/timeline/TimelineView.tsx imports vis-timeline.',
            },
            {
              name: 'vis-timeline/standalone',
              message: 'Only features/timeline/TimelineView.tsx imports vis-timeline.',
            },
            {
              name: 'vis-timeline/esnext',
              message: 'Only features/timeline/TimelineView.tsx imports vis-timeline.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/timeline/TimelineView.tsx'],
    rules: { 'no-restricted-imports': ['error', browserOnly] },
  },
);
