import {msg, str} from '@lit/localize';
import {getLocale} from '../localization.js';
import {usesMessages} from '../internal/messages.js';
import {formatNumber, formatNumberRange} from '../internal/format.js';

usesMessages('schedule');

/**
 * The schedule of a typical IOP: about 12 weeks, 10 to 12 hours of treatment a week,
 * sessions several times a week, day or evening tracks, weeks that can be added.
 */

/** Track ids, in the order the widget shows them. Clinics use them in `tracks="…"`. */
export const scheduleTrackIds = ['day', 'evening'] as const;
export type ScheduleTrack = (typeof scheduleTrackIds)[number];

/** Hours of treatment a week, as a range (`min === max` for a single number). */
export interface ScheduleHours {
  min: number;
  max: number;
}

/** The typical program the source describes. */
export const scheduleDefaults = {
  weeks: 12,
  hours: {min: 10, max: 12} as ScheduleHours,
  tracks: [...scheduleTrackIds] as ScheduleTrack[],
} as const;

/** Sensible limits for clinic values (an IOP is 9–19 hours a week for adults). */
export const scheduleLimits = {weeks: {min: 1, max: 52}, hours: {min: 1, max: 40}} as const;

/** The facts a schedule shows, already checked. */
export interface ScheduleFacts {
  weeks: number;
  hours: ScheduleHours;
  tracks: ScheduleTrack[];
  /** Days with sessions in the example week (an example only, never a promise). */
  exampleDays: number;
}

export {formatNumber, formatNumberRange};

/** Intl methods newer than the ES2022 typings (every current browser has them). */
type RangeRules = Intl.PluralRules & {selectRange?(min: number, max: number): Intl.LDMLPluralRule};

type PluralForms = {other: string} & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Picks the whole sentence written for the plural category of `count` in this locale. */
function plural(count: number | ScheduleHours, forms: PluralForms): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    const rules = new Intl.PluralRules(getLocale()) as RangeRules;
    category =
      typeof count === 'number'
        ? rules.select(count)
        : count.min === count.max
          ? rules.select(count.min)
          : (rules.selectRange?.(count.min, count.max) ?? rules.select(count.max));
  } catch {
    // Fall back to the "other" form.
  }
  return forms[category] ?? forms.other;
}

/** The days (0 = Monday … 6 = Sunday) that have sessions in the example week. */
export function exampleWeekDays(days: number): number[] {
  const patterns: number[][] = [[1], [0, 3], [0, 2, 4], [0, 1, 3, 4], [0, 1, 2, 3, 4]];
  return patterns[Math.min(patterns.length, Math.max(1, days)) - 1];
}

/** How many days the example week shows for a number of hours (about 4 hours a day). */
export function exampleDayCount(hours: ScheduleHours): number {
  return Math.min(5, Math.max(1, Math.ceil(hours.max / 4)));
}

/** Adult hours a week of an IOP (ASAM level 2.1); outside them the widget warns. */
export const iopHours = {min: 9, max: 19} as const;

/** True when the hours a week fit an adult IOP (9–19). */
export function hoursFitIop(hours: ScheduleHours): boolean {
  return hours.min >= iopHours.min && hours.max <= iopHours.max;
}

/**
 * Heading and introduction of the schedule widget. `fits` false (hours outside 9–19 a
 * week): a heading that does not call it a typical IOP, and a warning.
 */
export function scheduleIntro(fits = true): {heading: string; lead: string; warning: string} {
  return {
    heading: fits
      ? msg('What a typical IOP schedule looks like', {
          id: 'schedule.heading',
          desc: 'Heading of the IOP schedule widget. IOP = intensive outpatient program. Under 50 characters.',
        })
      : msg('What this program’s schedule looks like', {
          id: 'schedule.heading.other',
          desc: 'Heading of the schedule widget when the clinic’s hours a week are outside the usual IOP range (so it may not be an IOP). Under 50 characters.',
        }),
    warning: msg(
      str`For adults, an IOP has ${formatNumber(iopHours.min)} to ${formatNumber(iopHours.max)} hours of treatment a week. These hours are outside that range, so this may be a different level of care.`,
      {
        id: 'schedule.warning.hours',
        desc: 'Warning shown when the clinic’s hours a week are outside the adult IOP range (ASAM level 2.1: 9 to 19 hours). Placeholders: 9 and 19. Calm, two short sentences.',
      },
    ),
    lead: msg('In an intensive outpatient program (IOP), you live at home and go to the treatment center for sessions several times a week. Here is what a typical program can look like.', {
      id: 'schedule.lead',
      desc: 'Sentence under the heading of the IOP schedule widget, before a picture of the weeks and an example week.',
    }),
  };
}

/** The labels inside the picture (the picture is hidden from screen readers). */
export function scheduleLabels(facts: ScheduleFacts): {
  weeks: string;
  more: string;
  hours: string;
  example: string;
  day: string;
  evening: string;
  or: string;
} {
  const range = formatNumberRange(facts.hours.min, facts.hours.max);
  return {
    weeks: msg('Weeks', {
      id: 'schedule.picture.weeks',
      desc: 'Label of a row of numbered boxes, one box per week of the program. One word.',
    }),
    more: msg('More if needed', {
      id: 'schedule.picture.more',
      desc: 'Label next to a dashed box after the week boxes: weeks can be added if needed. Under 20 characters.',
    }),
    hours: plural(facts.hours, {
      one: msg(str`${range} hour a week`, {
        id: 'schedule.picture.hours.one',
        desc: 'Short label in the schedule picture, singular form. The placeholder is a number or a range like "10–12". Under 25 characters.',
      }),
      other: msg(str`${range} hours a week`, {
        id: 'schedule.picture.hours.other',
        desc: 'Short label in the schedule picture, plural form. The placeholder is a number or a range like "10–12". Under 25 characters.',
      }),
      two: msg(str`${range} hours a week`, {
        id: 'schedule.picture.hours.two',
        desc: 'Form for the plural category "two" (used by Arabic for 2). In a language without that category, copy the plural (other) form.',
      }),
      few: msg(str`${range} hours a week`, {
        id: 'schedule.picture.hours.few',
        desc: 'Form for the plural category "few" (Arabic: 3–10). In a language without that category, copy the plural (other) form.',
      }),
      many: msg(str`${range} hours a week`, {
        id: 'schedule.picture.hours.many',
        desc: 'Form for the plural category "many" (Arabic: 11–99). In a language without that category, copy the plural (other) form.',
      }),
    }),
    example: msg('Example week', {
      id: 'schedule.picture.example',
      desc: 'Caption of a small weekly calendar that shows one example of session days. Under 25 characters.',
    }),
    day: msg('Day', {
      id: 'schedule.picture.day',
      desc: 'Row label in the example week: sessions during the daytime (day track). One short word.',
    }),
    evening: msg('Evening', {
      id: 'schedule.picture.evening',
      desc: 'Row label in the example week: sessions in the evening (evening track). One short word.',
    }),
    or: msg('or', {
      id: 'schedule.picture.or',
      desc: 'Small word between the day row and the evening row of the example week: you pick one of them.',
    }),
  };
}

/** The same facts as the picture, as whole sentences (the text alternative). */
export function scheduleSentences(facts: ScheduleFacts): string[] {
  const weeks = formatNumber(facts.weeks);
  const min = formatNumber(facts.hours.min);
  const max = formatNumber(facts.hours.max);
  const days = formatNumber(facts.exampleDays);
  const hours = min;
  const both = facts.tracks.length > 1;
  return [
    plural(facts.weeks, {
      one: msg(str`A typical program lasts about ${weeks} week.`, {
        id: 'schedule.fact.weeks.one',
        desc: 'Schedule fact, singular form (used when the number is 1 in your language’s rules). The placeholder is the number of weeks.',
      }),
      other: msg(str`A typical program lasts about ${weeks} weeks.`, {
        id: 'schedule.fact.weeks.other',
        desc: 'Schedule fact, plural form. The placeholder is the number of weeks, 12 by default.',
      }),
      two: msg(str`A typical program lasts about ${weeks} weeks.`, {
        id: 'schedule.fact.weeks.two',
        desc: 'Form for the plural category "two" (used by Arabic for 2). In a language without that category, copy the plural (other) form.',
      }),
      few: msg(str`A typical program lasts about ${weeks} weeks.`, {
        id: 'schedule.fact.weeks.few',
        desc: 'Form for the plural category "few" (Arabic: 3–10). In a language without that category, copy the plural (other) form.',
      }),
      many: msg(str`A typical program lasts about ${weeks} weeks.`, {
        id: 'schedule.fact.weeks.many',
        desc: 'Form for the plural category "many" (Arabic: 11–99). In a language without that category, copy the plural (other) form.',
      }),
    }),
    facts.hours.min === facts.hours.max
      ? plural(facts.hours.min, {
          one: msg(str`A typical week has about ${hours} hour of treatment.`, {
            id: 'schedule.fact.hours.one',
            desc: 'Schedule fact, singular form. The placeholder is the number of hours of treatment a week.',
          }),
          other: msg(str`A typical week has about ${hours} hours of treatment.`, {
            id: 'schedule.fact.hours.other',
            desc: 'Schedule fact, plural form. The placeholder is the number of hours of treatment a week.',
          }),
          two: msg(str`A typical week has about ${hours} hours of treatment.`, {
            id: 'schedule.fact.hours.two',
            desc: 'Form for the plural category "two" (used by Arabic for 2). In a language without that category, copy the plural (other) form.',
          }),
          few: msg(str`A typical week has about ${hours} hours of treatment.`, {
            id: 'schedule.fact.hours.few',
            desc: 'Form for the plural category "few" (Arabic: 3–10). In a language without that category, copy the plural (other) form.',
          }),
          many: msg(str`A typical week has about ${hours} hours of treatment.`, {
            id: 'schedule.fact.hours.many',
            desc: 'Form for the plural category "many" (Arabic: 11–99). In a language without that category, copy the plural (other) form.',
          }),
        })
      : msg(str`A typical week has about ${min} to ${max} hours of treatment.`, {
          id: 'schedule.fact.hours.range',
          desc: 'Schedule fact with a range of hours, read aloud by screen readers: write the range in words ("10 to 12"), not with a dash. Placeholders: smallest and largest number of hours.',
        }),
    both
      ? msg('Sessions may be during the day or in the evening. You may be able to choose the time that fits your work and home life.', {
          id: 'schedule.fact.tracks.both',
          desc: 'Schedule fact: sessions can be in the daytime (day track) or in the evening (evening track); the person chooses one.',
        })
      : facts.tracks[0] === 'evening'
        ? msg('Sessions take place in the evening. This can make it easier to keep working during the day.', {
            id: 'schedule.fact.tracks.evening',
            desc: 'Schedule fact when the clinic offers only an evening track.',
          })
        : msg('Sessions take place during the day.', {
            id: 'schedule.fact.tracks.day',
            desc: 'Schedule fact when the clinic offers only a day track.',
          }),
    plural(facts.exampleDays, {
      one: msg(str`For example, your sessions might be on ${days} day a week. Each program sets its own days and times.`, {
        id: 'schedule.fact.example.one',
        desc: 'Describes the example week in the picture, singular form. Must stay clearly an example. The placeholder is a number of days.',
      }),
      other: msg(str`For example, your sessions might be on ${days} days a week. Each program sets its own days and times.`, {
        id: 'schedule.fact.example.other',
        desc: 'Describes the example week in the picture, plural form. Must stay clearly an example. The placeholder is a number of days.',
      }),
      two: msg(str`For example, your sessions might be on ${days} days a week. Each program sets its own days and times.`, {
        id: 'schedule.fact.example.two',
        desc: 'Form for the plural category "two" (used by Arabic for 2). In a language without that category, copy the plural (other) form.',
      }),
      few: msg(str`For example, your sessions might be on ${days} days a week. Each program sets its own days and times.`, {
        id: 'schedule.fact.example.few',
        desc: 'Form for the plural category "few" (Arabic: 3–10). In a language without that category, copy the plural (other) form.',
      }),
      many: msg(str`For example, your sessions might be on ${days} days a week. Each program sets its own days and times.`, {
        id: 'schedule.fact.example.many',
        desc: 'Form for the plural category "many" (Arabic: 11–99). In a language without that category, copy the plural (other) form.',
      }),
    }),
    msg('Many programs let you add weeks or extra sessions if you need them. How long you stay is not fixed. It depends on how you are doing. Ask how often the program checks on your progress, and what continuing care it offers after the IOP.', {
      id: 'schedule.fact.flexible',
      desc: 'Schedule fact: the length can grow; never promise a fixed length of stay. Ends with what to ask: how often progress is checked, and continuing care (ongoing support) after the IOP.',
    }),
  ];
}
