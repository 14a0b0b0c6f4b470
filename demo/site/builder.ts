// The embed-code builder of an element page: reads the form the generator wrote,
// renders the live preview, shows the element's own [iop-widgets] warnings next to the
// field that caused them, and keeps every snippet form up to date.
import type {Control} from './controls.js';
import {copyText} from './copy.js';
import {getLocale} from '../../src/localization.js';
import {loadElement, onPreviewLocale} from './preview.js';
import {setUpTabs} from './site.js';
import {markup, snippet, type Attribute, type SnippetForm} from './snippets.js';
import {attributesFrom, type ItemValue, type Value} from './state.js';

interface BuilderData {
  tag: string;
  controls: Control[];
  ssr: boolean;
  ssrLive: boolean;
  ssrInitial: string | null;
}

const dataElement = document.querySelector('#builder-data');
const form = document.querySelector<HTMLFormElement>('#controls');
const preview = document.querySelector<HTMLElement>('#preview');
if (dataElement && form && preview) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as BuilderData;
  startBuilder(data, form, preview);
}

/** Warnings the library writes while a preview renders (passed on to the console too). */
const captured: string[] = [];
// On from the start: the preview the page was written with upgrades before the first render.
let capturing = true;
const originalWarn = console.warn;
console.warn = function (...args: unknown[]) {
  if (capturing && typeof args[0] === 'string' && args[0].startsWith('[iop-widgets]')) captured.push(args[0]);
  return originalWarn.apply(console, args);
};

function startBuilder(data: BuilderData, form: HTMLFormElement, preview: HTMLElement): void {
  const {tag, controls} = data;
  const generalWarnings = document.querySelector<HTMLElement>('#general-warnings')!;
  const initialMarkup = markup(tag, attributesFrom(controls, readValues()));
  let rendering = Promise.resolve();
  let timer = 0;
  let attributes: Attribute[] = [];

  function field(attribute: string): HTMLElement | null {
    return form.querySelector<HTMLElement>(`[data-attribute="${CSS.escape(attribute)}"]`);
  }

  function readValues(): Record<string, Value> {
    const values: Record<string, Value> = {};
    for (const control of controls) {
      const element = field(control.attribute);
      if (!element) continue;
      const inputs = [...element.querySelectorAll<HTMLInputElement>('input')];
      switch (control.kind) {
        case 'checkbox':
          values[control.attribute] = inputs[0].checked;
          break;
        case 'range':
          values[control.attribute] = {from: inputs[0].value, to: inputs[1].value};
          break;
        case 'ids':
          values[control.attribute] = inputs.filter((input) => input.checked).map((input) => input.value);
          break;
        case 'items':
          values[control.attribute] = [...element.querySelectorAll('.item-rows li')].map(
            (row): ItemValue => ({
              label: row.querySelector<HTMLInputElement>('[name="item-label"]')?.value ?? '',
              description: row.querySelector<HTMLInputElement>('[name="item-description"]')?.value ?? '',
            }),
          );
          break;
        default:
          values[control.attribute] = inputs[0].value;
      }
    }
    return values;
  }

  function showWarnings(messages: string[]): void {
    const unmatched: string[] = [];
    const byAttribute = new Map<string, string[]>();
    for (const message of messages) {
      const match = /^\[iop-widgets\] <[a-z-]+> ([a-z-]+):/.exec(message);
      const attribute = match && field(match[1]) ? match[1] : null;
      if (attribute) byAttribute.set(attribute, [...(byAttribute.get(attribute) ?? []), message]);
      else unmatched.push(message);
    }
    for (const control of controls) {
      const element = field(control.attribute);
      const slot = element?.querySelector<HTMLElement>(`[data-warning-for="${CSS.escape(control.attribute)}"]`);
      if (!element || !slot) continue;
      const found = byAttribute.get(control.attribute);
      slot.hidden = !found;
      slot.textContent = found ? found.join('\n') : '';
      const targets = element.matches('fieldset') ? [element] : [...element.querySelectorAll('input')];
      for (const target of targets) {
        if (found) {
          target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', slot.id);
        } else {
          target.removeAttribute('aria-invalid');
          target.removeAttribute('aria-describedby');
        }
      }
    }
    generalWarnings.replaceChildren(
      ...unmatched.map((message) => Object.assign(document.createElement('p'), {className: 'warning', textContent: message})),
    );
  }

  async function updateHtmlSnippet(): Promise<void> {
    const code = document.querySelector<HTMLElement>('[data-snippet="html"]');
    if (!code || !data.ssr) return;
    const current = markup(tag, attributes);
    if (data.ssrLive) {
      try {
        const response = await fetch('/__iop-ssr', {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({html: current, locale: getLocale()}),
        });
        code.textContent = response.ok ? await response.text() : `<!-- server rendering failed: ${response.status} -->`;
      } catch (error) {
        code.textContent = `<!-- server rendering failed: ${String(error)} -->`;
      }
    } else if (current === initialMarkup && getLocale() === 'en') {
      code.textContent = data.ssrInitial ?? '';
    } else {
      code.textContent = `<!-- This static site pre-rendered only the starting settings in English.\n     For yours, put the markup below in your page and run:\n     npx iop-widgets prerender page.html > out.html -->\n${current}`;
    }
  }

  function updateSnippets(): void {
    for (const code of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
      const kind = code.dataset.snippet as SnippetForm;
      if (kind !== 'html') code.textContent = snippet(kind, tag, attributes);
    }
    void updateHtmlSnippet();
  }

  type Widget = HTMLElement & {updateComplete?: Promise<unknown>};
  let first = true;

  async function render(): Promise<void> {
    await loadElement(tag);
    attributes = attributesFrom(controls, readValues());
    // The first time, keep the preview the page was written with (same settings): no
    // second render while the page loads.
    const written = first ? preview.querySelector<Widget>(`:scope > ${tag}`) : null;
    first = false;
    const element = written ?? (document.createElement(tag) as Widget);
    if (!written) {
      for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
      captured.length = 0;
    }
    capturing = true;
    try {
      if (!written) preview.replaceChildren(element);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0)); // nested widgets (iop-guide)
    } catch {
      // a broken preview must not break the builder
    } finally {
      capturing = false;
    }
    showWarnings([...captured]);
    updateSnippets();
    preview.dataset.rendered = String(Number(preview.dataset.rendered ?? 0) + 1);
  }

  function schedule(delay = 150): void {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      rendering = rendering.then(render);
    }, delay);
  }

  form.addEventListener('input', () => schedule());
  form.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (event) => event.preventDefault());

  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.classList.contains('move')) {
      if (button.getAttribute('aria-disabled') === 'true') return;
      const item = button.closest('li')!;
      const list = item.parentElement!;
      const step = Number(button.dataset.move);
      const sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
      if (!sibling) return;
      if (step < 0) list.insertBefore(item, sibling);
      else list.insertBefore(sibling, item);
      const rows = [...list.children];
      rows.forEach((row, index) => {
        row.querySelector('[data-move="-1"]')?.setAttribute('aria-disabled', String(index === 0));
        row.querySelector('[data-move="1"]')?.setAttribute('aria-disabled', String(index === rows.length - 1));
      });
      button.focus();
      const status = list.parentElement?.querySelector('[data-move-status]');
      if (status) status.textContent = `${item.querySelector('label')?.firstChild?.textContent?.trim()}: position ${rows.indexOf(item) + 1} of ${rows.length}.`;
      schedule(0);
    } else if (button.classList.contains('add-item')) {
      const fieldset = button.closest('fieldset')!;
      const template = fieldset.querySelector<HTMLTemplateElement>('template.item-row')!;
      const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      fieldset.querySelector('.item-rows')!.append(row);
      row.querySelector('input')?.focus();
      schedule(0);
    } else if (button.classList.contains('remove-item')) {
      const fieldset = button.closest('fieldset')!;
      button.closest('li')?.remove();
      fieldset.querySelector<HTMLButtonElement>('.add-item')?.focus();
      schedule(0);
    }
  });

  const tablist = document.querySelector<HTMLElement>('[role="tablist"]');
  if (tablist) setUpTabs(tablist);

  const copyButton = document.querySelector<HTMLButtonElement>('#copy');
  const copyStatus = document.querySelector<HTMLElement>('#copy-status');
  copyButton?.addEventListener('click', () => {
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden]) code');
    if (panel && copyStatus) void copyText(panel.textContent ?? '', copyButton, copyStatus, 'Copy code');
  });

  onPreviewLocale(() => void updateHtmlSnippet());
  schedule(0);
}
