import {msg} from '@lit/localize';
import type {ContentItem} from './types.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('benefits');

/**
 * Stable ids of the benefits of an IOP, in the order the source document gives them.
 * Clinics use these in `include="…"`; they never change between versions.
 */
export const benefitIds = ['stay-with-family', 'lower-cost', 'keep-working', 'similar-outcomes', 'less-use'] as const;

export type BenefitId = (typeof benefitIds)[number];
export type Benefit = ContentItem<BenefitId>;

/** The benefits that rest on published research (shown with their source). */
export const researchBenefitIds: readonly BenefitId[] = ['similar-outcomes', 'less-use'];

/** The benefits of an IOP, in the current locale. Call at render time. */
export function iopBenefits(): Benefit[] {
  return [
    {
      id: 'stay-with-family',
      title: msg('Stay with your family', {
        id: 'benefits.stay-with-family.title',
        desc: 'Benefit name in the IOP benefits list. Short title, under 40 characters.',
      }),
      description: msg(
        'If your family supports you, you can keep living with them. You go to treatment several days a week.',
        {id: 'benefits.stay-with-family.description', desc: 'Description under the benefit "Stay with your family". One or two short sentences.'},
      ),
    },
    {
      id: 'lower-cost',
      title: msg('May cost less', {
        id: 'benefits.lower-cost.title',
        desc: 'Benefit name in the IOP benefits list. "May": it is not always cheaper. Under 40 characters.',
      }),
      description: msg('An IOP may cost less than residential care, where you live at the treatment center.', {
        id: 'benefits.lower-cost.description',
        desc: 'Description under the benefit "May cost less". One short sentence; keep the "may".',
      }),
    },
    {
      id: 'keep-working',
      title: msg('Time for work and daily life', {
        id: 'benefits.keep-working.title',
        desc: 'Benefit name in the IOP benefits list. Short title, under 40 characters.',
      }),
      description: msg('An IOP may take less of your time than residential care. You may be able to keep working or do other things you need to do.', {
        id: 'benefits.keep-working.description',
        desc: 'Description under the benefit "Time for work and daily life". One or two short sentences.',
      }),
    },
    {
      id: 'similar-outcomes',
      title: msg('Results like residential care, if it fits', {
        id: 'benefits.similar-outcomes.title',
        desc: 'Benefit name in the IOP benefits list: outcomes similar to residential (live-in) care, for people an IOP suits. Under 45 characters.',
      }),
      description: msg(
        'More time in a treatment center is not always better. For people an IOP suits, studies have found results similar to those of residential care.',
        {id: 'benefits.similar-outcomes.description', desc: 'Description under the benefit "Results like residential care, if it fits". Keep the limit: the results hold for people an IOP suits. Two short sentences, no promise.'},
      ),
    },
    {
      id: 'less-use',
      title: msg('Less drinking and drug use', {
        id: 'benefits.less-use.title',
        desc: 'Benefit name in the IOP benefits list. Short title, under 40 characters.',
      }),
      description: msg('Researchers looked at many studies together. In them, people in IOPs mostly drank less and used fewer drugs.', {
        id: 'benefits.less-use.description',
        desc: 'Description under the benefit "Less drinking and drug use". One short sentence about research, no promise.',
      }),
    },
  ];
}

/** Heading and introduction of the benefits list. */
export function benefitsIntro(): {heading: string; lead: string} {
  return {
    heading: msg('Benefits of an IOP', {
      id: 'benefits.heading',
      desc: 'Heading of the IOP benefits widget. IOP = intensive outpatient program; keep the abbreviation if it is commonly used in your language.',
    }),
    lead: msg('No single treatment is right for everyone. In an intensive outpatient program (IOP), you go home each day after treatment. Here are some benefits an IOP can offer:', {
      id: 'benefits.lead',
      desc: 'Sentences before the list of IOP benefits. The first is a caveat (no treatment suits everyone). Ends with a colon because the list follows.',
    }),
  };
}
