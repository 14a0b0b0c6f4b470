/**
 * The content of every widget, as functions that return localized data. Call them at
 * render time: a locale change re-renders and calls them again.
 */
export type {ContentItem} from './types.js';
export {coreServices, servicesIntro, serviceIds} from './services.js';
export type {Service, ServiceId} from './services.js';
export {disclaimerText} from './disclaimer.js';
export {sources, sourcesLabel} from './sources.js';
export type {SourceId} from './sources.js';
