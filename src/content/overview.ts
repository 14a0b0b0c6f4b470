import {msg} from '@lit/localize';
import {usesMessages} from '../internal/messages.js';

usesMessages('overview');

/** Stable ids of the "who an IOP may suit" points, in order. */
export const overviewFitIds = ['no-detox', 'no-round-the-clock-care', 'safe-home'] as const;

export type OverviewFitId = (typeof overviewFitIds)[number];

/** What `<iop-overview>` says, in the current locale. Call at render time. */
export interface Overview {
  heading: string;
  /** What an IOP is. */
  what: string;
  /** More care than outpatient counseling, less supervision than residential care. */
  compare: string;
  /** You live at home or in a sober living house. */
  home: string;
  /** Residential care is not the only option. */
  options: string;
  fitHeading: string;
  fitLead: string;
  fit: Array<{id: OverviewFitId; text: string}>;
  /** Nobody decides alone: the program or a doctor checks the safe level of care first. */
  check: string;
  /** Medicines for alcohol or opioid use disorder; continuing care after the IOP. */
  more: string;
  /** For people an IOP suits, outcomes are similar to residential care (McCarty et al. 2014). */
  outcomes: string;
}

export function overviewContent(): Overview {
  return {
    heading: msg('What is an IOP?', {
      id: 'overview.heading',
      desc: 'Heading of the IOP overview widget. IOP = intensive outpatient program; keep the abbreviation if it is commonly used in your language.',
    }),
    what: msg(
      'An intensive outpatient program (IOP) treats substance use disorders, which means problems with alcohol or drugs. You go to a treatment center for several hours each week. Outpatient means you go home each day.',
      {id: 'overview.what', desc: 'First paragraph of the IOP overview: what an IOP is. Two short sentences, plain words.'},
    ),
    compare: msg(
      'You see many kinds of professionals and get more kinds of care, like education, than in regular outpatient counseling. But staff do not watch over you day and night, as in residential (live-in) care.',
      {
        id: 'overview.compare',
        desc: 'Paragraph of the IOP overview comparing an IOP with outpatient counseling and residential (live-in) care. Two short sentences.',
      },
    ),
    home: msg('You keep living at home. Or you can live in a sober living house, which is a shared home for people in recovery.', {
      id: 'overview.home',
      desc: 'Paragraph of the IOP overview: where you live during an IOP. A sober living house is a shared, alcohol- and drug-free home. Two short sentences.',
    }),
    options: msg(
      'Many people think they must move into a treatment center to get help. Residential care gives you a safe place, staff day and night and many kinds of treatment. It can be a good choice, but it is not the only one.',
      {
        id: 'overview.options',
        desc: 'Gentle paragraph of the IOP overview saying live-in (residential) care is not the only option. Calm, not pushy. Two short sentences.',
      },
    ),
    fitHeading: msg('Who an IOP may suit', {
      id: 'overview.fit.heading',
      desc: 'Subheading in the IOP overview, above a short list of who an IOP may be right for. Under 40 characters.',
    }),
    fitLead: msg('An IOP may be a good fit if you:', {
      id: 'overview.fit.lead',
      desc: 'Sentence before the list of who an IOP may suit. Ends with a colon; each list item completes it ("…if you: do not need medical detox").',
    }),
    fit: [
      {
        id: 'no-detox',
        text: msg('do not need medical detox (medical care to get safely through withdrawal)', {
          id: 'overview.fit.no-detox',
          desc: 'List item completing "An IOP may be a good fit if you:". Medical detox = medically supervised withdrawal. Short.',
        }),
      },
      {
        id: 'no-round-the-clock-care',
        text: msg('do not need care around the clock', {
          id: 'overview.fit.no-round-the-clock-care',
          desc: 'List item completing "An IOP may be a good fit if you:". Around the clock = 24 hours a day. Short.',
        }),
      },
      {
        id: 'safe-home',
        text: msg('have a safe and supportive place to live', {
          id: 'overview.fit.safe-home',
          desc: 'List item completing "An IOP may be a good fit if you:". Short.',
        }),
      },
    ],
    check: msg(
      'You do not have to decide this alone. The program or a doctor checks first which level of care is safe for you. Stopping alcohol or some medicines all at once can be dangerous.',
      {
        id: 'overview.fit.check',
        desc: 'Paragraph right after the list of who an IOP may suit: a professional (the program or a doctor) decides the safe level of care, not the reader; stopping alcohol or some medicines suddenly can be dangerous (withdrawal). Calm, three short sentences.',
      },
    ),
    more: msg(
      'Some programs offer medicines for alcohol or opioid use disorder, or help you get them. Many also offer continuing care after the IOP ends.',
      {
        id: 'overview.more',
        desc: 'Paragraph of the IOP overview: some programs offer (or connect you to) FDA-approved medicines for alcohol or opioid use disorder; continuing care (ongoing support) can follow the IOP. Two short sentences; "some" and "many", not "all".',
      },
    ),
    outcomes: msg('For people an IOP suits, studies have found results similar to those of residential care.', {
      id: 'overview.outcomes',
      desc: 'Paragraph of the IOP overview about research results; a line naming the published sources follows it. Keep the limit: the results hold for people an IOP suits. One sentence, no promise.',
    }),
  };
}
