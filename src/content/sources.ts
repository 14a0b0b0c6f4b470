import {msg} from '@lit/localize';
import {usesMessages} from '../internal/messages.js';

usesMessages('sources');

/**
 * The published sources behind facts that go beyond the source document. Titles are
 * proper names and stay in English; only the label around them is translated.
 */
export const sources = {
  asam: {
    title: 'ASAM Criteria (3rd ed., 2013; 4th ed., 2023)',
    url: 'https://www.asam.org/asam-criteria',
  },
  samhsa: {
    title: 'SAMHSA Advisory: Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (2021)',
    url: 'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
  },
  mccarty: {
    title: 'McCarty D, et al. Substance abuse intensive outpatient programs: assessing the evidence. Psychiatric Services 2014;65(6):718–726',
    url: 'https://doi.org/10.1176/appi.ps.201300249',
  },
  medicines: {
    title: 'SAMHSA: Substance Use Disorder Treatment Options',
    url: 'https://www.samhsa.gov/substance-use/treatment/options',
  },
} as const;

export type SourceId = keyof typeof sources;

/** The label before a list of sources. */
export function sourcesLabel(): string {
  return msg('Sources:', {
    id: 'sources.label',
    desc: 'Label before a short list of published sources (book and article titles stay in English). Keep the colon or your language’s equivalent.',
  });
}
