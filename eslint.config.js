// Lint, and the layer rules of design.md: what each folder may import is enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads', 'http', 'https', 'net'],
  message: 'Node built-ins are not allowed in this layer (design.md, Layers).',
};
const electronImport = { group: ['electron', 'electron/*'], message: 'Only electron/ may import electron (design.md, Layers).' };
const rendererImport = { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'renderer/ is imported by nobody but itself (design.md, Layers).' };
const electronFolderImport = { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'electron/ is imported by nobody but itself (design.md, Layers).' };
const cliFolderImport = { group: ['**/cli/**', '../cli/*', '../../cli/*'], message: 'cli/ is imported by nobody but itself (design.md, Layers).' };
const hostFolderImport = { group: ['**/host/**', '../host/*', '../../host/*'], message: 'host/ holds Node-only helpers: shared/ and renderer/ may not import it (design.md, Layers).' };
const domLibraries = { group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'], message: 'shared/ holds pure code: no UI or database libraries (design.md, Layers).' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'coverage/**', 'bench-results/**', '.tmp/**', '.tmp-*', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport, rendererImport, electronFolderImport, cliFolderImport, hostFolderImport, domLibraries] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport, electronFolderImport, cliFolderImport, hostFolderImport] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererImport, cliFolderImport] }] },
  },
  {
    files: ['cli/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererImport, electronFolderImport, electronImport] }] },
  },
  {
    files: ['host/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererImport, electronFolderImport, cliFolderImport, electronImport] }] },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
