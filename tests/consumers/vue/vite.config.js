import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';
import {widgetChunks} from '../vite.shared.js';

export default defineConfig({
  // Vue renders the widgets' tags as custom elements, not Vue components.
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('iop-') || tag === 'program-checklist'}}})],
  build: widgetChunks,
});
