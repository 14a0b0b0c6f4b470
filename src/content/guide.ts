import {msg} from '@lit/localize';
import {benefitsIntro} from './benefits.js';
import {checklistText} from './checklist.js';
import {faqIntro} from './faq.js';
import {findGuideText, helplineText} from './help.js';
import {levelsIntro} from './levels-of-care.js';
import {overviewContent} from './overview.js';
import {programCardText} from './program-card.js';
import {scheduleIntro} from './schedule.js';
import {servicesIntro} from './services.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('guide');

/** The guide's sections, in reading order. Clinics pick and order them with `sections`. */
export const guideSectionIds = [
  'overview',
  'services',
  'schedule',
  'benefits',
  'comparison',
  'checklist',
  'find',
  'program',
  'faq',
  'helpline',
] as const;

export type GuideSectionId = (typeof guideSectionIds)[number];

/** The contents-list name of each section: the heading the section itself shows. */
export function guideSectionTitles(programName?: string): Record<GuideSectionId, string> {
  return {
    overview: overviewContent().heading,
    services: servicesIntro().heading,
    schedule: scheduleIntro().heading,
    benefits: benefitsIntro().heading,
    comparison: levelsIntro().heading,
    checklist: checklistText().heading,
    find: findGuideText().heading,
    program: programName || programCardText().fallbackName,
    faq: faqIntro().heading,
    helpline: helplineText().heading,
  };
}

export function guideText(): {title: string; contents: string; skip: string} {
  return {
    title: msg('A guide to intensive outpatient programs (IOPs)', {
      id: 'guide.title',
      desc: 'Main heading of the full guide that combines every widget. Spell out the program type; keep "IOP" if used in your language.',
    }),
    contents: msg('On this page', {
      id: 'guide.contents',
      desc: 'Heading of the guide’s list of links to its sections (a table of contents). Under 30 characters.',
    }),
    skip: msg('Skip the list of sections', {
      id: 'guide.skip',
      desc: 'Link before the guide’s table of contents that jumps past it to the first section. Under 40 characters.',
    }),
  };
}
