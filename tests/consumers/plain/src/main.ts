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
// Loads another element later (as a lazy route would), after the language is chosen.
const more = document.createElement('button');
more.id = 'faq';
more.textContent = 'FAQ';
more.addEventListener('click', async () => {
  await import('iop-widgets/iop-faq.js');
  app.append(document.createElement('iop-faq'));
});
app.append(button, more, events, services, checklist);
