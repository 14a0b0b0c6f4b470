/**
 * Translations split per message group (npm build): a language loads only the groups that
 * the app's content modules registered (src/internal/messages.ts), plus any group that
 * registers later (an element imported after the language loaded). The script-tag bundles
 * replace this module with src/internal/no-locale-split.ts (vite.config.ts) and keep one
 * file per language.
 */
import type {LocaleModule} from '@lit/localize';
import {localeGroups} from '../generated/locale-groups.js';
import {onMessageGroup, usedMessageGroups} from './messages.js';
import {warn} from './warn.js';

/** The split templates of the language last loaded (filled as groups register). */
let active: {locale: string; templates: Record<string, unknown>; groups: Set<string>} | undefined;

export async function loadSplitLocale(locale: string): Promise<LocaleModule> {
  const loaders = localeGroups[locale] ?? {};
  const current = {locale, templates: {} as Record<string, unknown>, groups: new Set<string>()};
  // Groups may register while loading (an element imported meanwhile): loop until none is new.
  for (;;) {
    const missing = ['common', ...usedMessageGroups()].filter((group) => loaders[group] && !current.groups.has(group));
    if (missing.length === 0) break;
    for (const group of missing) current.groups.add(group);
    const parts = await Promise.all(missing.map((group) => loaders[group]()));
    for (const part of parts) Object.assign(current.templates, part.templates);
  }
  active = current;
  return {templates: current.templates as LocaleModule['templates']};
}

/**
 * From now on, a group registered while a translation is shown is fetched, added to the
 * shown templates, and every widget re-renders (a `lit-localize-status` "ready" event).
 */
export function followNewMessageGroups(shown: () => string): void {
  onMessageGroup((group) => {
    const current = active;
    const load = current && localeGroups[current.locale]?.[group];
    if (!current || !load || current.groups.has(group) || shown() !== current.locale) return;
    current.groups.add(group);
    load().then(
      (part) => {
        if (active !== current) return;
        Object.assign(current.templates, part.templates);
        globalThis.dispatchEvent?.(
          new CustomEvent('lit-localize-status', {detail: {status: 'ready', readyLocale: current.locale}}),
        );
      },
      (error: unknown) => {
        current.groups.delete(group);
        warn(`could not load part of the "${current.locale}" translation (${String(error)}); some text stays in English.`);
      },
    );
  });
}
