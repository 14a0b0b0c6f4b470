import {mount} from 'svelte';
import 'iop-widgets/iop-services-list.js';
import 'iop-widgets/program-checklist.js';
import App from './App.svelte';

mount(App, {target: document.getElementById('app')!});
