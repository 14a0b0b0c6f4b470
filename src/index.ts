/**
 * iop-widgets: registers every element and re-exports the public API.
 * Import a single element instead with `iop-widgets/<tag>.js`.
 */
export {IopServicesList} from '../components/iop-services-list/iop-services-list.js';
export {
  setLocale,
  getLocale,
  followPageLanguage,
  matchLocale,
  supportedLocales,
  type SupportedLocale,
} from './localization.js';
export * from './content/index.js';
