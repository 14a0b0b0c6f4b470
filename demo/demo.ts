// The demo page: every widget, a language switcher (each language in its own name),
// theme and width switchers, and the code a clinic pastes.
import '../src/index.js';
import {supportedLocales, textDirection} from '../src/localization.js';

interface DemoWidget {
  tag: string;
  attributes: Record<string, string>;
}

const widgets: DemoWidget[] = [
  {tag: 'iop-overview', attributes: {}},
  {tag: 'iop-services-list', attributes: {}},
  {tag: 'iop-schedule', attributes: {tracks: 'day evening'}},
  {tag: 'iop-benefits', attributes: {}},
  {tag: 'iop-vs-php-table', attributes: {levels: 'outpatient iop php residential'}},
  {tag: 'program-checklist', attributes: {}},
  {tag: 'iop-find-guide', attributes: {}},
  {tag: 'iop-program-card', attributes: {name: 'Cedar Grove Recovery', tracks: 'day evening', location: 'Springfield', phone: '(555) 010-4477', url: 'https://example.org/', 'continuing-care': '', claims: 'licensed family-program'}},
  {tag: 'iop-faq', attributes: {}},
  {tag: 'iop-helpline', attributes: {phone: '(555) 010-4477', label: 'Call Cedar Grove Recovery', hours: 'Mon–Fri, 8 am to 8 pm'}},
  {tag: 'iop-guide', attributes: {phone: '(555) 010-4477', 'program-name': 'Cedar Grove Recovery'}},
];

const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
for (const locale of supportedLocales) {
  const name = new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;
  languageSelect.append(new Option(name.charAt(0).toLocaleUpperCase(locale) + name.slice(1), locale));
}
languageSelect.addEventListener('change', () => {
  // As a translated page would: its language, and its direction for Arabic.
  document.documentElement.lang = languageSelect.value;
  document.documentElement.dir = textDirection(languageSelect.value);
});

const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
themeSelect.addEventListener('change', () => {
  document.body.className = themeSelect.value;
});

const container = document.querySelector<HTMLElement>('#widgets')!;
const widgetSelect = document.querySelector<HTMLSelectElement>('#widget')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;

function markup(widget: DemoWidget): string {
  const attributes = Object.entries(widget.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}='${value}'`))
    .join('');
  return `<${widget.tag}${attributes}></${widget.tag}>`;
}

for (const widget of widgets) {
  const section = document.createElement('section');
  section.className = 'widget';
  const label = document.createElement('h2');
  label.textContent = `<${widget.tag}>`;
  const frame = document.createElement('div');
  frame.className = 'frame';
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  frame.append(element);
  section.append(label, frame);
  container.append(section);
  widgetSelect.append(new Option(`<${widget.tag}>`, widget.tag));
}

const widthSelect = document.querySelector<HTMLSelectElement>('#width')!;
widthSelect.addEventListener('change', () => {
  for (const frame of container.querySelectorAll<HTMLElement>('.frame')) {
    frame.style.maxWidth = widthSelect.value;
  }
});

function showSnippet(): void {
  const widget = widgets.find((w) => w.tag === widgetSelect.value) ?? widgets[0];
  snippet.textContent =
    `<script type="module" src="https://your-site.example/iop-widgets/iop-widgets.js"></script>\n` +
    markup(widget);
}
widgetSelect.addEventListener('change', showSnippet);
showSnippet();
