// Lint: typescript-eslint's recommended rules, plus the project's two safety rules: no HTML built from
// strings anywhere (page text is rendered as text), and a pure core (no DOM, no browser API in src/core/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlFromStrings = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Never build HTML from strings: create elements and set textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never build HTML from strings: create elements and set textContent.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']",
    message: 'document.write builds HTML from strings.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  { selector: "CallExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'bench/results.json', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Browser and Node globals are allowed outside src/core (the core is restricted below).
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        MutationObserver: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        globalThis: 'readonly',
        structuredClone: 'readonly',
        fetch: 'readonly',
        history: 'readonly',
        DOMParser: 'readonly',
        Node: 'readonly',
        Element: 'readonly',
        HTMLElement: 'readonly',
        requestIdleCallback: 'readonly',
        queueMicrotask: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...noHtmlFromStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core runs in node, the page and the worker alike: no DOM, no browser API, no storage.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'src/core is pure: no browser API.' },
            { name: 'preact', message: 'src/core is pure: no UI.' },
            { name: 'jsdom', message: 'src/core is pure: no DOM.' },
          ],
          patterns: [
            {
              group: [
                '**/storage/**',
                '**/content/**',
                '**/background/**',
                '**/popup/**',
                '**/options/**',
                '**/ui/**',
                '**/readers/**',
                '**/messages*',
                'node:*',
              ],
              message: 'src/core imports only src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'location',
          'navigator',
          'chrome',
          'browser',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'MutationObserver',
          'history',
          'DOMParser',
          'Element',
          'HTMLElement',
          'Node',
        ].map((name) => ({ name, message: 'src/core is pure: no DOM, no browser API.' })),
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', 'vite.config.ts', 'eslint.config.js'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
