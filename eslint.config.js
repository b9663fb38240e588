// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// type-aware rules: a promise nobody awaits, an `any` that leaks into typed code and a cast the
// compiler cannot check are the bugs a reviewer misses; formatting is Prettier's, so its rules are off
export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'tests/generated-client/', 'web/explorer/src/generated/', 'coverage/', 'neo4j/', 'scripts/_*.ts', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Apollo's plugin hooks are typed async; an async hook with nothing to await is the norm there
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // tests and the API bench read GraphQL answers, which are JSON of whatever shape the query asked
    // for: typing each one would restate the query; floating promises and the rest still apply
    files: ['tests/**/*.ts', 'bench/api/operations.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['bin/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
