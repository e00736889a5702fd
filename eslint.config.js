// Layer arrows of ARCHITECTURE.md, enforced per folder. test/unit/lint-layers.test.ts proves each rule.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const electron = {
  name: 'electron',
  message: 'Only src/main/electron, src/main/index.ts and src/preload may import electron.',
}
const nodeBuiltins = [{ group: ['node:*'], message: 'This layer is pure: no Node built-ins.' }]
const mainFromOutside = {
  group: ['**/main/**', 'src/main/**'],
  message: 'Only the bridge reaches src/main.',
}
const simulator = {
  group: ['**/simulator', '**/simulator/**'],
  message: 'Only composition roots (index.ts, web/, cli.ts) and tests may start the simulator.',
}

const restrict = (paths, patterns) => ['error', { paths, patterns }]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': restrict([electron], []),
    },
  },
  {
    files: ['src/main/electron/**', 'src/main/index.ts', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrict([electron], [...nodeBuiltins, mainFromOutside, simulator]),
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict([electron], [...nodeBuiltins, mainFromOutside, simulator]),
    },
  },
  {
    files: ['src/simulator/**'],
    rules: { 'no-restricted-imports': restrict([electron], [mainFromOutside]) },
  },
  {
    files: ['src/main/isapi/**'],
    rules: {
      'no-restricted-imports': restrict(
        [electron],
        [
          simulator,
          {
            group: [
              '**/station',
              '**/station/**',
              '**/store',
              '**/store/**',
              '**/electron/**',
              '**/web/**',
            ],
            message: 'The ISAPI client knows only ISAPI.',
          },
        ],
      ),
    },
  },
  {
    files: ['src/main/store/**'],
    rules: {
      'no-restricted-imports': restrict(
        [electron],
        [
          simulator,
          {
            group: ['**/station', '**/station/**', '**/isapi', '**/isapi/**', '**/web/**'],
            message: 'The store knows only SQLite and the shared model.',
          },
        ],
      ),
    },
  },
  {
    files: ['src/main/station/**', 'src/main/stream/**'],
    rules: {
      'no-restricted-imports': restrict(
        [electron],
        [
          simulator,
          {
            group: ['**/web/**', '**/main/electron/**', '../electron/**'],
            message: 'The station is built by its composition roots, never the reverse.',
          },
        ],
      ),
    },
  },
  {
    // One audit writer: ctx.audit names the operator and uses the station's clock.
    files: ['src/main/**'],
    ignores: ['src/main/station/audit/feature.ts', 'src/main/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='record'][callee.object.property.name='audit']",
          message: 'Write audit entries through ctx.audit(action, subject, details).',
        },
      ],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
