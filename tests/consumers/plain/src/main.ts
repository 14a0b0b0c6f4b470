import 'iop-widgets/iop-services-list.js';
import 'iop-widgets/program-checklist.js';
import {setLocale} from 'iop-widgets/localization.js';

const app = document.getElementById('app')!;
const button = document.createElement('button');
button.id = 'es';
button.textContent = 'Español';
button.addEventListener('click', () => void setLocale('es'));
const events = document.createElement('p');
events.id = 'events';

const services = document.createElement('iop-services-list');
services.headingLevel = 3;
services.include = ['individual-therapy', 'support-groups'];

const checklist = document.createElement('program-checklist');
checklist.id = 'tags';
checklist.headingLevel = '3';
checklist.addEventListener('iop-checklist-change', (event) => {
  events.textContent = event.detail.checked.join(',');
});
app.append(button, events, services, checklist);
