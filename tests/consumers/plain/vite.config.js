import {defineConfig} from 'vite';
import {widgetChunks} from '../vite.shared.js';

export default defineConfig({build: widgetChunks});
