import {msg} from '@lit/localize';
import type {ContentItem} from './types.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('help');

/**
 * Where to find help in the United States. Phone numbers and addresses are data, never
 * translated; every sentence around them comes from the functions below (call them at
 * render time).
 */

/** The SAMHSA National Helpline: free, confidential, 24/7, 365 days a year, English and Spanish. */
export const samhsaHelpline = {
  phone: {href: 'tel:+18006624357', display: '1-800-662-HELP (4357)'},
  tty: {href: 'tel:+18004874889', display: '1-800-487-4889'},
} as const;

/** FindTreatment.gov, SAMHSA's locator of state-licensed treatment facilities (link out only). */
export const findTreatmentUrl = 'https://findtreatment.gov/';

// The 988/911 lines live with the page note that every widget can show (one message group).
export {crisisLine, crisisText} from './disclaimer.js';

/** Stable ids of the places to look for an IOP, in the order the guide shows them. */
export const findWayIds = ['treatment-centers', 'hospitals', 'behavioral-health', 'doctor'] as const;

export type FindWayId = (typeof findWayIds)[number];
export type FindWay = ContentItem<FindWayId>;

/** Places to ask about an IOP near you, in the current locale. */
export function findWays(): FindWay[] {
  return [
    {
      id: 'treatment-centers',
      title: msg('Treatment centers of every kind', {
        id: 'find.treatment-centers.title',
        desc: 'Title of a place to look for an IOP: rehab / treatment centers, including residential ones. Under 40 characters.',
      }),
      description: msg(
        'Many residential (live-in) treatment centers also run IOPs. Ask treatment centers near you what they offer.',
        {id: 'find.treatment-centers.description', desc: 'Description under "Treatment centers of every kind". One or two short sentences.'},
      ),
    },
    {
      id: 'hospitals',
      title: msg('Local hospitals', {
        id: 'find.hospitals.title',
        desc: 'Title of a place to look for an IOP: hospitals near the reader. Under 40 characters.',
      }),
      description: msg('Call hospitals near you and ask about their outpatient programs.', {
        id: 'find.hospitals.description',
        desc: 'Description under "Local hospitals". One or two short sentences.',
      }),
    },
    {
      id: 'behavioral-health',
      title: msg('Behavioral health centers', {
        id: 'find.behavioral-health.title',
        desc: 'Title of a place to look for an IOP: behavioral (mental) health treatment facilities. Under 40 characters.',
      }),
      description: msg('These centers treat mental health and substance use. Call the ones near you and ask about their IOPs.', {
        id: 'find.behavioral-health.description',
        desc: 'Description under "Behavioral health centers". One or two short sentences.',
      }),
    },
    {
      id: 'doctor',
      title: msg('Your doctor', {
        id: 'find.doctor.title',
        desc: 'Title of a place to look for an IOP: the reader’s own doctor. Under 40 characters.',
      }),
      description: msg('Talk with your doctor. Ask which programs they would suggest for you.', {
        id: 'find.doctor.description',
        desc: 'Description under "Your doctor". One or two short sentences.',
      }),
    },
  ];
}

/** Headings and sentences of the find guide. */
export function findGuideText() {
  return {
    heading: msg('How to find an IOP near you', {
      id: 'find.heading',
      desc: 'Heading of the "find a program" widget. IOP = intensive outpatient program. Under 50 characters.',
    }),
    lead: msg(
      'In an intensive outpatient program (IOP), you go home each day after treatment. If an IOP sounds right for you or someone you love, these are good places to ask:',
      {id: 'find.lead', desc: 'Sentence before the list of places to look for an IOP. Ends with a colon because the list follows.'},
    ),
    resourcesHeading: msg('Search online or call', {
      id: 'find.resources.heading',
      desc: 'Smaller heading before a national search website and a national phone helpline. Under 40 characters.',
    }),
    locatorLabel: msg('Search FindTreatment.gov', {
      id: 'find.locator.label',
      desc: 'Link text to the website FindTreatment.gov (keep the site name as is). Under 40 characters.',
    }),
    locatorAbout: msg('A search tool from SAMHSA, a U.S. government health agency. It lists treatment centers licensed by the state.', {
      id: 'find.locator.about',
      desc: 'Sentence under the FindTreatment.gov link. SAMHSA is a US government agency; keep the acronym.',
    }),
    customLocatorLabel: msg('Search for a program near you', {
      id: 'find.locator.custom-label',
      desc: 'Link text when a clinic points the search link to its own page or map instead of FindTreatment.gov. Under 40 characters.',
    }),
  };
}

/** Sentences about the SAMHSA National Helpline. */
export function samhsaText() {
  return {
    name: msg('SAMHSA National Helpline', {
      id: 'help.samhsa.name',
      desc: 'Name of the US national helpline for substance use. Use the official name in your language if SAMHSA has one.',
    }),
    call: msg('Call the SAMHSA National Helpline', {
      id: 'help.samhsa.call',
      desc: 'Text of a large call button (the phone number is shown under it). Under 45 characters.',
    }),
    about: msg(
      'Free and confidential. Open 24 hours a day, 365 days a year, in English and Spanish. They can answer your questions and refer you to treatment.',
      {id: 'help.samhsa.about', desc: 'Facts about the SAMHSA National Helpline, shown under its phone number. Short sentences.'},
    ),
    tty: msg('Deaf or hard of hearing? TTY:', {
      id: 'help.samhsa.tty',
      desc: 'Label right before the helpline’s TTY phone number (for people who are deaf or hard of hearing). Keep the colon.',
    }),
  };
}

/** Heading and sentences of the helpline widget. */
export function helplineText() {
  return {
    heading: msg('Help is a phone call away', {
      id: 'helpline.heading',
      desc: 'Heading of the call-to-action widget. Warm and hopeful, not alarming. Under 45 characters.',
    }),
    lead: msg('You do not have to face this alone. Reaching out is a strong first step.', {
      id: 'helpline.lead',
      desc: 'Warm, encouraging sentence under the helpline heading. Plain language, addresses the reader.',
    }),
    callUs: msg('Call us', {
      id: 'helpline.call-us',
      desc: 'Text of the large call button for the clinic’s own phone number (shown under it), when the clinic gave no label.',
    }),
    hours: msg('Hours:', {
      id: 'helpline.hours',
      desc: 'Label before the clinic’s opening hours, which the clinic writes itself (e.g. "Mon–Fri 8am–8pm"). Keep the colon.',
    }),
  };
}
