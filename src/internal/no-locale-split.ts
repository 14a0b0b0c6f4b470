/**
 * Stands in for src/internal/locale-split.ts in the script-tag and size builds
 * (vite.config.ts alias): they hold every element and load one file per language.
 */
import type {LocaleModule} from '@lit/localize';

export const loadSplitLocale: ((locale: string) => Promise<LocaleModule>) | undefined = undefined;

export function followNewMessageGroups(_shown: () => string): void {}
