import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'build/', 'tests/consumers/', 'tmp/', 'node_modules/', 'src/generated/', 'bench-results/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      // Library code must render clinic input as text and stay CSP-safe.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Render text with Lit templates, never innerHTML.'},
        {property: 'outerHTML', message: 'Render text with Lit templates, never outerHTML.'},
        {property: 'insertAdjacentHTML', message: 'Render text with Lit templates.'},
        {object: 'document', property: 'cookie', message: 'The widgets set no cookies.'},
      ],
      'no-restricted-imports': [
        'error',
        {paths: [{name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: clinic input renders as text.'},
          {name: 'lit/directives/style-map.js', message: 'No inline styles: they break a strict CSP.'}]},
      ],
      'no-restricted-globals': [
        'error',
        {name: 'fetch', message: 'The widgets make no network requests.'},
        {name: 'XMLHttpRequest', message: 'The widgets make no network requests.'},
        {name: 'WebSocket', message: 'The widgets make no network requests.'},
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.mjs', 'scripts/**', 'bin/**', 'demo/**', '*.config.*'],
    languageOptions: {globals: {...globals.browser, ...globals.node, ...globals.mocha}},
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
