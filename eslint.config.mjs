import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['node_modules/', '.next/', 'data/', 'media/', 'test-results/', 'playwright-report/', 'dist/', 'next-env.d.ts', 'payload-types.ts', 'app/(payload)/admin/importMap.js', 'migrations/*.ts', '.stryker-tmp/', 'reports/'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
)
