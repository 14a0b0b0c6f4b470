import {msg, str} from '@lit/localize';
import {formatNumber, formatNumberRange} from '../internal/format.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('levels-of-care');

/**
 * Stable ids of the levels of care (ASAM Criteria), from least to most intensive.
 * Clinics use these in `levels="…"`; they never change between versions.
 */
export const levelIds = ['outpatient', 'iop', 'php', 'residential'] as const;
export type LevelId = (typeof levelIds)[number];

/** The levels shown when a clinic sets none: an IOP next to a PHP. */
export const defaultLevelIds: readonly LevelId[] = ['iop', 'php'];

/** Stable ids of the facts compared for each level, in display order. */
export const criterionIds = ['hours', 'days', 'setting', 'home', 'supervision', 'suits', 'length'] as const;
export type CriterionId = (typeof criterionIds)[number];

/** One level of care with a short answer for every criterion. */
export interface LevelOfCare {
  id: LevelId;
  /** Full name, e.g. "Intensive outpatient (IOP)". */
  name: string;
  /** Short name for use inside a sentence or list, e.g. "IOP". */
  short: string;
  /** ASAM level, e.g. "ASAM level 2.1". */
  asam: string;
  facts: Record<CriterionId, string>;
}

/** One compared fact, as a column header. */
export interface Criterion {
  id: CriterionId;
  label: string;
}

/** A number, and a number range ("9–19"), the way the current locale writes them. */
const num = formatNumber;
const range = formatNumberRange;

/** The criteria compared, in column order. Call at render time. */
export function levelCriteria(): Criterion[] {
  return [
    {id: 'hours', label: msg('Hours a week', {id: 'levels.criterion.hours', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'days', label: msg('Days a week', {id: 'levels.criterion.days', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'setting', label: msg('Where it happens', {id: 'levels.criterion.setting', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'home', label: msg('Where you live', {id: 'levels.criterion.home', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'supervision', label: msg('Supervision and medical care', {id: 'levels.criterion.supervision', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'suits', label: msg('Who it suits', {id: 'levels.criterion.suits', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters.'})},
    {id: 'length', label: msg('How long', {id: 'levels.criterion.length', desc: 'Column header in the table comparing levels of care (IOP, PHP…). Very short, under 30 characters. Means "typical length of the program".'})},
  ];
}

/** Every level of care, in canonical order (least to most intensive). Call at render time. */
export function levelsOfCare(): LevelOfCare[] {
  const dependsOnProgress = msg('Depends on how you are doing', {
    id: 'levels.length.depends',
    desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Typical length of a level of care: there is no set length.',
  });
  const asam = (code: string) =>
    msg(str`ASAM level ${code}`, {
      id: 'levels.asam',
      desc: 'Under a level-of-care name: its level number in the ASAM Criteria (a US standard). The number (e.g. 2.1) is a label, keep it as is.',
    });
  return [
    {
      id: 'outpatient',
      name: msg('Outpatient', {id: 'levels.outpatient.name', desc: 'Name of a level of care: regular outpatient counseling (ASAM level 1). Row header, short.'}),
      short: msg('outpatient care', {id: 'levels.outpatient.short', desc: 'Short name of regular outpatient care used inside a list, e.g. "At a glance: outpatient care and IOP". Lowercase unless your language needs otherwise.'}),
      asam: asam('1'),
      facts: {
        hours: msg(str`Less than ${num(9)} hours`, {id: 'levels.outpatient.hours', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Hours of treatment a week for adults in regular outpatient care.'}),
        days: msg('Fewer or shorter visits than an IOP', {id: 'levels.outpatient.days', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. How many days a week for regular outpatient care.'}),
        setting: msg('An office or clinic', {id: 'levels.outpatient.setting', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where regular outpatient care takes place.'}),
        home: msg('At home', {id: 'levels.outpatient.home', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where you live during regular outpatient care.'}),
        supervision: msg('Only during visits', {id: 'levels.outpatient.supervision', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. How much supervision and medical care regular outpatient care gives.'}),
        suits: msg('People who need less support than an IOP gives', {id: 'levels.outpatient.suits', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Who regular outpatient care is for.'}),
        length: dependsOnProgress,
      },
    },
    {
      id: 'iop',
      name: msg('Intensive outpatient (IOP)', {id: 'levels.iop.name', desc: 'Name of a level of care: intensive outpatient program, IOP (ASAM level 2.1). Row header, short; keep the abbreviation if it is used in your language.'}),
      short: msg('IOP', {id: 'levels.iop.short', desc: 'Short name of an intensive outpatient program used inside a list, e.g. "At a glance: IOP and PHP". Usually the abbreviation.'}),
      asam: asam('2.1'),
      facts: {
        hours: msg(str`${range(9, 19)} hours, often ${range(10, 12)}`, {
          id: 'levels.iop.hours',
          desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Hours of treatment a week for adults in an IOP: a range, and the most common range.',
        }),
        days: msg('Several days; day, evening or weekend times', {id: 'levels.iop.days', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. How many days a week for an IOP, and when sessions happen.'}),
        setting: msg('A treatment center', {id: 'levels.iop.setting', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where an IOP takes place.'}),
        home: msg('At home or in a sober living house', {id: 'levels.iop.home', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where you live during an IOP. A sober living house is a shared home free of alcohol and drugs.'}),
        supervision: msg('During sessions only; some medical care', {id: 'levels.iop.supervision', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Supervision and medical care in an IOP: not around the clock.'}),
        suits: msg('No need for detox or 24-hour care; safe, supportive home', {
          id: 'levels.iop.suits',
          desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Who an IOP is for. Detox = medically supervised withdrawal.',
        }),
        length: msg(str`Often about ${num(12)} weeks; more if needed`, {id: 'levels.iop.length', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Typical length of an IOP; weeks can be added.'}),
      },
    },
    {
      id: 'php',
      name: msg('Partial hospitalization (PHP)', {id: 'levels.php.name', desc: 'Name of a level of care: partial hospitalization program, PHP (ASAM level 2.5). Row header, short; keep the abbreviation if it is used in your language.'}),
      short: msg('PHP', {id: 'levels.php.short', desc: 'Short name of a partial hospitalization program used inside a list, e.g. "At a glance: IOP and PHP". Usually the abbreviation.'}),
      asam: asam('2.5'),
      facts: {
        hours: msg(str`${num(20)} hours or more`, {id: 'levels.php.hours', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Hours of treatment a week for adults in a PHP.'}),
        days: msg('More days than an IOP, in the daytime', {id: 'levels.php.days', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. How many days a week for a PHP.'}),
        setting: msg('A treatment center or a hospital', {id: 'levels.php.setting', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where a PHP takes place.'}),
        home: msg('At home; you go home each day', {id: 'levels.php.home', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where you live during a PHP (a daytime program).'}),
        supervision: msg('More structure (a full, set schedule); quick medical care', {
          id: 'levels.php.supervision',
          desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Supervision and medical care in a PHP: more structure (a fuller, set schedule) and ready access to medical and mental health care.',
        }),
        suits: msg('Need more structure than an IOP, or just left a hospital', {
          id: 'levels.php.suits',
          desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Who a PHP is for: it is a step down from hospital or inpatient care.',
        }),
        length: dependsOnProgress,
      },
    },
    {
      id: 'residential',
      name: msg('Residential', {id: 'levels.residential.name', desc: 'Name of a level of care: residential (live-in) treatment (ASAM level 3). Row header, short.'}),
      short: msg('residential care', {id: 'levels.residential.short', desc: 'Short name of residential treatment used inside a list, e.g. "At a glance: IOP and residential care". Lowercase unless your language needs otherwise.'}),
      asam: asam('3'),
      facts: {
        hours: msg(str`Care ${num(24)} hours a day`, {id: 'levels.residential.hours', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Hours of treatment in residential care: care all day and night.'}),
        days: msg('Every day', {id: 'levels.residential.days', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. How many days a week for residential care.'}),
        setting: msg('A treatment center where you live', {id: 'levels.residential.setting', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where residential care takes place.'}),
        home: msg('At the treatment center', {id: 'levels.residential.home', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Where you live during residential care.'}),
        supervision: msg('Staff are there around the clock', {id: 'levels.residential.supervision', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Supervision and medical care in residential care.'}),
        suits: msg('People who need support day and night', {id: 'levels.residential.suits', desc: 'Cell in the comparison table of levels of care, also shown on phones: under 60 characters. Who residential care is for.'}),
        length: dependsOnProgress,
      },
    },
  ];
}

/** Heading, introduction, caption and notes of the levels-of-care table. */
export function levelsIntro(): {heading: string; lead: string; rowHeader: string; teens: string; length: string; terms: string} {
  return {
    heading: msg('How levels of care compare', {
      id: 'levels.heading',
      desc: 'Heading of the widget that compares an IOP with a PHP and other levels of care for drug and alcohol treatment.',
    }),
    lead: msg(
      'Treatment for drug or alcohol use comes in levels. Higher levels give more hours and more support. Before you start, the program or a doctor checks which level is safe for you. Stopping some substances all at once can be dangerous. As your needs change, you may move to a different level.',
      {id: 'levels.lead', desc: 'Short introduction above the table comparing levels of care. Plain words, two or three short sentences.'},
    ),
    rowHeader: msg('Level of care', {
      id: 'levels.row-header',
      desc: 'Header of the first column of the comparison table; the rows below are levels of care (IOP, PHP…). Very short.',
    }),
    teens: msg(str`Hours are for adults. For teens, an IOP can be ${range(6, 19)} hours a week, and outpatient care is less than ${num(6)}.`, {
      id: 'levels.note.teens',
      desc: 'Note under the comparison table: the hours shown are for adults; teens have different numbers. One or two short sentences.',
    }),
    length: msg('No level of care has a set length. Programs check how you are doing and may change your plan.', {
      id: 'levels.note.length',
      desc: 'Note under the comparison table: no program promises a fixed length of stay; it depends on regular reassessment.',
    }),
    terms: msg(
      'Outpatient means you go home each day. Detox is medical care to get safely through withdrawal. The ASAM level comes from a U.S. guide for matching people with care.',
      {
        id: 'levels.note.terms',
        desc: 'Note under the comparison table explaining three words used in it: outpatient, detox, and the ASAM level (from the ASAM Criteria, a US guide for levels of care; keep "ASAM"). Three short sentences.',
      },
    ),
  };
}

/** The table caption, naming the levels shown ("At a glance: IOP and PHP"). */
export function levelsCaption(names: string): string {
  return msg(str`At a glance: ${names}`, {
    id: 'levels.caption',
    desc: 'Caption of the comparison table. The placeholder is a list of the levels shown, e.g. "IOP and PHP" or "outpatient care, IOP, PHP and residential care".',
  });
}
