/// <reference types="vite/client" />
// Pages with live widgets: loads the library and lets the reader pick the widgets'
// language. Only the previews change language (each widget sets its own lang and dir);
// the page itself stays English and left to right.
// Each element's define module, loaded only when the page uses that tag (less script to
// run on each page; iop-guide's module brings the elements it composes).
const defineModules = import.meta.glob(['../../components/*/*.ts', '!**/*.component.ts', '!**/*.styles.ts']);
const loaders = new Map(Object.entries(defineModules).map(([path, load]) => [path.split('/').at(-2) ?? '', load]));
const loading = new Map<string, Promise<unknown>>();

/** Loads (once) the element that defines `tag`. */
export function loadElement(tag: string): Promise<unknown> {
  let promise = loading.get(tag);
  if (!promise) {
    promise = loaders.get(tag)?.() ?? Promise.resolve();
    loading.set(tag, promise);
  }
  return promise;
}

for (const tag of loaders.keys()) {
  if (document.querySelector(tag)) void loadElement(tag);
}
import {getLocale, setLocale, supportedLocales, textDirection} from '../../src/localization.js';

const storageKey = 'iop-docs:locale';

export function localeName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

const listeners: Array<(locale: string) => void> = [];
export function onPreviewLocale(listener: (locale: string) => void): void {
  listeners.push(listener);
}

export async function choosePreviewLocale(locale: string): Promise<void> {
  await setLocale(locale);
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // storage blocked
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-preview-locale]')) select.value = locale;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.try-locale')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  for (const region of document.querySelectorAll<HTMLElement>('[data-follows-locale]')) {
    region.lang = locale;
    region.dir = textDirection(locale);
  }
  for (const listener of listeners) listener(locale);
}

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-preview-locale]')) {
  select.replaceChildren(
    ...supportedLocales.map((locale) => {
      const option = new Option(`${localeName(locale)} (${locale})`, locale);
      option.lang = locale;
      return option;
    }),
  );
  select.addEventListener('change', () => void choosePreviewLocale(select.value));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('.try-locale')) {
  button.addEventListener('click', () => void choosePreviewLocale(button.dataset.locale ?? 'en'));
}

let stored: string | null = null;
try {
  stored = localStorage.getItem(storageKey);
} catch {
  // storage blocked
}
if (stored && stored !== getLocale() && (supportedLocales as readonly string[]).includes(stored)) {
  void choosePreviewLocale(stored);
} else {
  // Already English: mark the controls without re-rendering every widget.
  for (const button of document.querySelectorAll<HTMLButtonElement>('.try-locale')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === getLocale()));
  }
}

const themeSelect = document.querySelector<HTMLSelectElement>('#preview-theme');
themeSelect?.addEventListener('change', () => {
  for (const preview of document.querySelectorAll<HTMLElement>('.preview-live')) {
    preview.className = preview.className.replace(/\btheme-\w+/, `theme-${themeSelect.value}`);
  }
});
