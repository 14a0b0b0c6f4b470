/**
 * What the embed-code builder offers for each attribute: the kind of control, its limits,
 * the ids (with their English names from src/content) and a starting value. The page
 * generator renders the controls from this (so the form is in the HTML before any
 * script runs) and the browser builder reads the same spec.
 */
import {
  benefitIds,
  checklistIds,
  checklistItems,
  coreServices,
  faqEntries,
  faqIds,
  guideSectionIds,
  guideSectionTitles,
  iopBenefits,
  levelIds,
  levelsOfCare,
  programClaimIds,
  programClaimLabels,
  programTrackIds,
  programTrackLabels,
  scheduleTrackIds,
  serviceIds,
} from '../../src/content/index.js';

export interface IdOption {
  id: string;
  label: string;
}

export type Control =
  | {kind: 'checkbox'; attribute: string; initial: boolean}
  | {kind: 'number'; attribute: string; min: number; max: number; placeholder: string; initial: string}
  | {kind: 'range'; attribute: string; min: number; max: number; placeholder: string; initial: string}
  | {kind: 'tel' | 'url' | 'text'; attribute: string; placeholder: string; initial: string}
  | {kind: 'ids'; attribute: string; options: IdOption[]; ordered: boolean; initial: string[]; defaults: string[]}
  | {kind: 'items'; attribute: string};

interface ManifestAttribute {
  name: string;
  type: string;
}

const named = <T extends {id: string; title: string}>(list: T[]): IdOption[] =>
  list.map(({id, title}) => ({id, label: title}));

/** Id lists per element and attribute: the ids the library accepts, with English names. */
function idOptions(tag: string, attribute: string): {options: IdOption[]; ordered: boolean; defaults: string[]} | undefined {
  const all = (options: IdOption[]) => ({options, ordered: true, defaults: options.map((option) => option.id)});
  if (attribute === 'include') {
    if (tag === 'iop-services-list') return all(named(coreServices()).filter((o) => (serviceIds as readonly string[]).includes(o.id)));
    if (tag === 'iop-benefits') return all(named(iopBenefits()).filter((o) => (benefitIds as readonly string[]).includes(o.id)));
    if (tag === 'iop-faq') return all(named(faqEntries()).filter((o) => (faqIds as readonly string[]).includes(o.id)));
    if (tag === 'program-checklist') return all(named(checklistItems()).filter((o) => (checklistIds as readonly string[]).includes(o.id)));
  }
  if (attribute === 'sections' && tag === 'iop-guide') {
    const titles = guideSectionTitles();
    return all(guideSectionIds.map((id) => ({id, label: titles[id]})));
  }
  if (attribute === 'levels') {
    const names = new Map(levelsOfCare().map((level) => [level.id as string, level.name]));
    return {
      options: levelIds.map((id) => ({id, label: names.get(id) ?? id})),
      ordered: false,
      defaults: ['iop', 'php'],
    };
  }
  if (attribute === 'tracks') {
    const labels: Record<string, string> = programTrackLabels();
    const ids = tag === 'iop-schedule' ? scheduleTrackIds : programTrackIds;
    return {
      options: ids.map((id) => ({id, label: labels[id] ?? id})),
      ordered: false,
      defaults: tag === 'iop-schedule' ? [...scheduleTrackIds] : [],
    };
  }
  if (attribute === 'claims') {
    const labels: Record<string, string> = programClaimLabels();
    return {options: programClaimIds.map((id) => ({id, label: labels[id] ?? id})), ordered: false, defaults: []};
  }
  return undefined;
}

/** Starting values that make each preview look like a real clinic's page. */
const presets: Record<string, Record<string, string | boolean | string[]>> = {
  'iop-helpline': {phone: '(555) 010-4477', label: 'Call Cedar Grove Recovery', hours: 'Mon–Fri, 8 am to 8 pm'},
  'iop-program-card': {
    name: 'Cedar Grove Recovery',
    tracks: ['day', 'evening'],
    location: 'Springfield',
    phone: '(555) 010-4477',
    url: 'https://example.org/',
    claims: ['licensed', 'family-program'],
    'continuing-care': true,
  },
  'iop-guide': {phone: '(555) 010-4477', 'program-name': 'Cedar Grove Recovery'},
};

const numberLimits: Record<string, {min: number; max: number; placeholder: string}> = {
  'heading-level': {min: 2, max: 6, placeholder: '2'},
  weeks: {min: 1, max: 52, placeholder: '12'},
};

/** The builder's controls for one element, from its manifest attributes. */
export function controlsFor(tag: string, attributes: ManifestAttribute[]): Control[] {
  const preset = presets[tag] ?? {};
  const controls: Control[] = [];
  for (const {name: attribute, type} of attributes) {
    if (attribute === 'id') continue;
    const initial = preset[attribute];
    const ids = idOptions(tag, attribute);
    if (ids) {
      const start = Array.isArray(initial) ? initial : ids.defaults.length ? ids.defaults : [];
      controls.push({kind: 'ids', attribute, ...ids, initial: start});
    } else if (attribute === 'items') {
      controls.push({kind: 'items', attribute});
    } else if (type === 'boolean') {
      controls.push({kind: 'checkbox', attribute, initial: initial === true});
    } else if (numberLimits[attribute]) {
      controls.push({kind: 'number', attribute, ...numberLimits[attribute], initial: typeof initial === 'string' ? initial : ''});
    } else if (attribute === 'hours' && tag === 'iop-schedule') {
      controls.push({kind: 'range', attribute, min: 1, max: 40, placeholder: '10-12', initial: ''});
    } else if (attribute === 'phone') {
      controls.push({kind: 'tel', attribute, placeholder: '(555) 010-4477', initial: typeof initial === 'string' ? initial : ''});
    } else if (attribute === 'url' || attribute.endsWith('-url')) {
      controls.push({kind: 'url', attribute, placeholder: 'https://', initial: typeof initial === 'string' ? initial : ''});
    } else {
      controls.push({kind: 'text', attribute, placeholder: '', initial: typeof initial === 'string' ? initial : ''});
    }
  }
  return controls;
}
