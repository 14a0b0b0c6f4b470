import {createApp} from 'vue';
import 'iop-widgets/iop-services-list.js';
import 'iop-widgets/program-checklist.js';
import App from './App.vue';

createApp(App).mount('#app');
