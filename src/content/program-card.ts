import {msg, str} from '@lit/localize';
import {usesMessages} from '../internal/messages.js';

usesMessages('program-card');

/** Times of day a clinic's program runs (`tracks="day evening"`). */
export const programTrackIds = ['day', 'evening', 'weekend'] as const;
export type ProgramTrackId = (typeof programTrackIds)[number];

/**
 * Features a clinic can say its program has (`claims="licensed insurance"`). They are the
 * clinic's own statements: the card shows only the ones the clinic sets.
 */
export const programClaimIds = ['licensed', 'accredited', 'insurance', 'family-program', 'individual-plans', 'visits'] as const;
export type ProgramClaimId = (typeof programClaimIds)[number];

/** The names of the program times, in the current locale. */
export function programTrackLabels(): Record<ProgramTrackId, string> {
  return {
    day: msg('Day program', {
      id: 'program-card.track.day',
      desc: 'Program card: the clinic runs a daytime program. Short label, under 30 characters.',
    }),
    evening: msg('Evening program', {
      id: 'program-card.track.evening',
      desc: 'Program card: the clinic runs an evening program (after work hours). Short label, under 30 characters.',
    }),
    weekend: msg('Weekend program', {
      id: 'program-card.track.weekend',
      desc: 'Program card: the clinic runs a weekend program. Short label, under 30 characters.',
    }),
  };
}

/**
 * The program features a clinic can list, in the current locale. `state` names the state
 * that licensed the program; `body` the group that accredited it (both the clinic's words).
 */
export function programClaimLabels(state = '', body = ''): Record<ProgramClaimId | 'continuing-care', string> {
  return {
    licensed: state
      ? msg(str`Licensed by the state of ${state}`, {
          id: 'program-card.claim.licensed-state',
          desc: 'Program card feature set by the clinic: a state licensed its facility. The placeholder is the state’s name as the clinic wrote it (e.g. Oregon). Under 50 characters.',
        })
      : msg('Licensed treatment center', {
          id: 'program-card.claim.licensed',
          desc: 'Program card feature set by the clinic: its facility holds a state license. Short label, under 45 characters.',
        }),
    accredited: msg(str`Accredited by ${body}`, {
      id: 'program-card.claim.accredited-by',
      desc: 'Program card feature set by the clinic: accredited by an outside body. The placeholder is that body’s name as the clinic wrote it (e.g. CARF, The Joint Commission). Under 50 characters.',
    }),
    insurance: msg('Accepts insurance. Call to check your plan.', {
      id: 'program-card.claim.insurance',
      desc: 'Program card feature set by the clinic: it takes health insurance; the reader should call to check that their own plan is accepted. Two very short sentences.',
    }),
    'family-program': msg('Program for families', {
      id: 'program-card.claim.family-program',
      desc: 'Program card feature set by the clinic: education and support for the family. Short label, under 45 characters.',
    }),
    'individual-plans': msg('A treatment plan made for you', {
      id: 'program-card.claim.individual-plans',
      desc: 'Program card feature set by the clinic: individualized treatment plans. Short label, under 45 characters, addressed to the reader.',
    }),
    visits: msg('You can visit before you choose', {
      id: 'program-card.claim.visits',
      desc: 'Program card feature set by the clinic: people may visit before deciding. Short label, under 45 characters, addressed to the reader.',
    }),
    'continuing-care': msg('Continuing care after the program', {
      id: 'program-card.claim.continuing-care',
      desc: 'Program card feature: support continues after the program ends. Short label, under 45 characters.',
    }),
  };
}

/** The fixed words of the program card, in the current locale. */
export function programCardText(name?: string): {
  fallbackName: string;
  kind: string;
  times: string;
  location: string;
  phone: string;
  website: string;
  websiteLink: string;
  features: string;
  from: string;
} {
  return {
    fallbackName: msg('Our intensive outpatient program', {
      id: 'program-card.fallback-name',
      desc: 'Program card heading used when the clinic gave no program name. Spoken by the clinic ("our"). Under 50 characters.',
    }),
    kind: msg('Intensive outpatient program (IOP)', {
      id: 'program-card.kind',
      desc: 'Small line under the clinic’s program name saying what kind of program it is. Keep "IOP" if it is used in your language.',
    }),
    times: msg('Program times', {
      id: 'program-card.label.times',
      desc: 'Program card: label before the day / evening / weekend programs. Under 25 characters.',
    }),
    location: msg('Location', {
      id: 'program-card.label.location',
      desc: 'Program card: label before the address or area the clinic gives. Under 25 characters.',
    }),
    phone: msg('Phone', {
      id: 'program-card.label.phone',
      desc: 'Program card: label before the clinic’s phone number (a link that starts a call). Under 25 characters.',
    }),
    website: msg('Website', {
      id: 'program-card.label.website',
      desc: 'Program card: label before the link to the clinic’s website. Under 25 characters.',
    }),
    websiteLink: msg('Visit the program’s website', {
      id: 'program-card.website-link',
      desc: 'Program card: text of the link to the clinic’s own website (opens in the same tab). Under 40 characters.',
    }),
    from: name
      ? msg(str`From ${name}:`, {
          id: 'program-card.from',
          desc: 'Program card: label before everything the clinic wrote about its own program, so readers see it is the program’s own statement. The placeholder is the program’s name. Keep the colon.',
        })
      : msg('From this program:', {
          id: 'program-card.from-program',
          desc: 'Program card: label before everything the clinic wrote about its own program, when it gave no name. Keep the colon.',
        }),
    features: msg('Program features', {
      id: 'program-card.label.features',
      desc: 'Program card: label before the list of features the clinic says its program has (licensed, accepts insurance…). Under 25 characters.',
    }),
  };
}
