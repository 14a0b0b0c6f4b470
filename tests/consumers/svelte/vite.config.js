import {defineConfig} from 'vite';
import {svelte} from '@sveltejs/vite-plugin-svelte';
import {widgetChunks} from '../vite.shared.js';

export default defineConfig({plugins: [svelte()], build: widgetChunks});
