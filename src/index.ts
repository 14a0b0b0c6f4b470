/**
 * iop-widgets: registers every element and re-exports the public API.
 * Import a single element instead with `iop-widgets/<tag>.js`.
 */
import './internal/guard.js'; // first: before Lit evaluates
export {IopServicesList} from '../components/iop-services-list/iop-services-list.js';
export {IopVsPhpTable} from '../components/iop-vs-php-table/iop-vs-php-table.js';
export {IopOverview} from '../components/iop-overview/iop-overview.js';
export {IopBenefits} from '../components/iop-benefits/iop-benefits.js';
export {IopSchedule} from '../components/iop-schedule/iop-schedule.js';
export {IopFindGuide} from '../components/iop-find-guide/iop-find-guide.js';
export {IopHelpline} from '../components/iop-helpline/iop-helpline.js';
export {IopFaq} from '../components/iop-faq/iop-faq.js';
export type {FaqToggleDetail} from '../components/iop-faq/iop-faq.js';
export {IopProgramCard} from '../components/iop-program-card/iop-program-card.js';
export {ProgramChecklist} from '../components/program-checklist/program-checklist.js';
export type {ChecklistChangeDetail} from '../components/program-checklist/program-checklist.js';
export {IopGuide} from '../components/iop-guide/iop-guide.js';
export {
  setLocale,
  getLocale,
  followPageLanguage,
  matchLocale,
  textDirection,
  loadTemplates,
  useHostLocalization,
  setReviewedOnly,
  isReviewedOnly,
  reviewedLocales,
  supportedLocales,
  type SupportedLocale,
} from './localization.js';
export * from './content/index.js';
