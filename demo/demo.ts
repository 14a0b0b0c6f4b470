/// <reference types="vite/client" />
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

interface ManifestAttribute {
  name: string;
  type?: {text: string};
  description?: string;
}

// The attributes of each element, from the custom elements manifest (`npm start` writes it).
const manifests = import.meta.glob<{modules: Array<{declarations?: Array<{tagName?: string; attributes?: ManifestAttribute[]}>}>}>(
  '../dist/custom-elements.json',
  {eager: true, import: 'default'},
);
const attributesOf = new Map<string, ManifestAttribute[]>();
for (const manifest of Object.values(manifests)) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) attributesOf.set(declaration.tagName, declaration.attributes ?? []);
    }
  }
}

function markup(widget: DemoWidget): string {
  const attributes = Object.entries(widget.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}='${value.replace(/'/g, '&#39;')}'`))
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
  for (const frame of document.querySelectorAll<HTMLElement>('.frame, .preview')) {
    frame.style.maxWidth = widthSelect.value;
  }
});

const fieldset = document.querySelector<HTMLFieldSetElement>('#attributes')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
let current: DemoWidget = {tag: widgets[0].tag, attributes: {...widgets[0].attributes}};

function showSnippet(): void {
  snippet.textContent =
    `<script type="module" src="https://your-site.example/iop-widgets/iop-widgets.js"></script>\n` + markup(current);
}

function showPreview(): void {
  const element = document.createElement(current.tag);
  for (const [name, value] of Object.entries(current.attributes)) element.setAttribute(name, value);
  preview.replaceChildren(element);
  showSnippet();
}

function chooseWidget(): void {
  const chosen = widgets.find((w) => w.tag === widgetSelect.value) ?? widgets[0];
  current = {tag: chosen.tag, attributes: {...chosen.attributes}};
  fieldset.replaceChildren(Object.assign(document.createElement('legend'), {textContent: `Attributes of <${current.tag}>`}));
  for (const attribute of attributesOf.get(current.tag) ?? []) {
    if (attribute.name === 'id') continue;
    const boolean = attribute.type?.text === 'boolean';
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.name = attribute.name;
    if (boolean) {
      label.className = 'check';
      input.type = 'checkbox';
      input.checked = attribute.name in current.attributes;
      label.append(input, attribute.name);
    } else {
      input.type = 'text';
      input.value = current.attributes[attribute.name] ?? '';
      label.append(attribute.name, input);
    }
    if (attribute.description) label.title = attribute.description;
    input.addEventListener('input', () => {
      if (boolean ? input.checked : input.value !== '') current.attributes[attribute.name] = boolean ? '' : input.value;
      else delete current.attributes[attribute.name];
      showPreview();
    });
    fieldset.append(label);
  }
  if (!attributesOf.has(current.tag)) {
    fieldset.append('Run "npm run manifest" to list this widget’s attributes here.');
  }
  showPreview();
}

widgetSelect.addEventListener('change', chooseWidget);
document.querySelector('#copy')!.addEventListener('click', () => {
  void navigator.clipboard?.writeText(snippet.textContent ?? '');
});
chooseWidget();
