// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint, flat config. Rules are chosen to catch bugs (unhandled promises, unsafe `any`,
 * unused code, casts that hide a type error), not to restyle code: formatting is Prettier's.
 * `npm run lint` runs it with `--max-warnings 0`.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.dist.staging/',
      '.astro/',
      '.bench/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
      'node_modules/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // TypeScript: the type-aware rule set, on every .ts file.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
      // Library types declare callbacks' helpers as methods (Tailwind's addBase, Astro's
      // loader context); destructuring them is how those APIs are used.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      // `x != null` is the one loose comparison worth keeping (null or undefined).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Policy text handling matches control characters on purpose (encodings, ANSI, ASCII).
      'no-control-regex': 'off',
      // One zod: Astro's re-export (a plain re-export of zod 4, no Astro runtime, so src/lib stays pure).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from 'astro/zod', the project's one zod." }], patterns: ['zod/*'] },
      ],
      // A double cast hides a type error; parse (zod) or narrow instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
          message: 'No `as unknown as`: parse the value with its zod schema, narrow it, or declare the global.',
        },
      ],
    },
  },
  // Tests: Playwright reads the fixtures a hook wants from its first parameter's
  // destructuring (`async ({}, testInfo)`), and `expect.any()` is typed `any`.
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // Astro components: the plugin's recommended rules, and TypeScript's syntactic ones in
  // the frontmatter and <script> tags.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    rules: {
      'astro/no-set-html-directive': 'error',
      'astro/no-unused-css-selector': 'error',
      'astro/no-exports-from-components': 'error',
    },
  },
  {
    files: ['**/*.astro', '**/*.astro/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      ...Object.assign({}, ...tseslint.configs.recommended.map((config) => config.rules ?? {})),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
);
