// Lint, and the layer rules of design.md: what each folder may import is enforced here, for static
// imports, re-exports and dynamic import() alike.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Every Node built-in, prefixed or not ('zlib', 'node:zlib', 'fs/promises', 'node:test'). */
const nodeBuiltinNames = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = {
  regex: `^(node:.*|(${nodeBuiltinNames.map(escape).join('|')})(/.*)?)$`,
  message: 'Node built-ins are not allowed in this layer (design.md, Layers).',
};
const electronImport = {
  regex: '^electron(/.*)?$',
  message: 'Only electron/ may import electron (design.md, Layers).',
};
const rendererImport = {
  regex: '(^|/)renderer/',
  message: 'renderer/ is imported by nobody but itself (design.md, Layers).',
};
const electronFolderImport = {
  regex: '^\\.{1,2}/(.*/)?electron/',
  message: 'electron/ is imported by nobody but itself (design.md, Layers).',
};
const cliFolderImport = {
  regex: '(^|/)cli/',
  message: 'cli/ is imported by nobody but itself (design.md, Layers).',
};
const hostFolderImport = {
  regex: '(^|/)host/',
  message:
    'host/ holds Node-only helpers: shared/ and renderer/ may not import it (design.md, Layers).',
};
const domLibraries = {
  regex: '^(react|react-dom|dexie|dexie-react-hooks)(/.*)?$',
  message: 'shared/ holds pure code: no UI or database libraries (design.md, Layers).',
};
const uiLibraries = {
  ...domLibraries,
  message:
    'The Node side (electron/, cli/, host/) has no UI or browser database: React and Dexie belong to renderer/ (design.md, Layers).',
};

const noFocusedTests = {
  selector: "CallExpression[callee.property.name='only']",
  message: 'No focused tests.',
};

/** The layer rule for a folder: its banned modules, whether imported statically or with import().
 * (esquery's regex literals end at the first slash, so slashes are written as \x2F.) */
function layer(...banned) {
  return {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map(({ regex, message }) => ({ regex, message })) },
    ],
    'no-restricted-syntax': [
      'error',
      noFocusedTests,
      ...banned.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
        message,
      })),
      {
        selector: 'ImportExpression[source.type!="Literal"]',
        message: 'import() takes a literal module name here, so the layer rules can check it.',
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'bench-results/**',
      '.tmp/**',
      '.tmp-*',
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', noFocusedTests],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      ...layer(
        nodeBuiltins,
        electronImport,
        rendererImport,
        electronFolderImport,
        cliFolderImport,
        hostFolderImport,
        domLibraries,
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        nodeBuiltins,
        electronImport,
        electronFolderImport,
        cliFolderImport,
        hostFolderImport,
      ),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(rendererImport, cliFolderImport, uiLibraries),
  },
  {
    files: ['cli/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(rendererImport, electronFolderImport, electronImport, uiLibraries),
  },
  {
    files: ['host/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(
      rendererImport,
      electronFolderImport,
      cliFolderImport,
      electronImport,
      uiLibraries,
    ),
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
