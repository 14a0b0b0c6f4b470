import {msg} from '@lit/localize';
import type {ChecklistId} from './checklist.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('handout');

/**
 * The printed one-page handout (loaded only when a person prints it, so it is not part of
 * `src/content/index.ts` and adds nothing to the script-tag bundle). Call at print time.
 */

/** One question to ask a program for each default checklist step. */
export function handoutQuestions(): Record<ChecklistId, string> {
  return {
    visit: msg('Can I visit the program before I decide?', {
      id: 'handout.question.visit',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Visit before you decide"). One short question.',
    }),
    licensed: msg('Does the program have a state license?', {
      id: 'handout.question.licensed',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Check that it is licensed"). One short question.',
    }),
    'treatment-options': msg('What kinds of treatment do you offer?', {
      id: 'handout.question.treatment-options',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Look for many kinds of treatment"). One short question.',
    }),
    medicines: msg('Do you offer medicines for alcohol or opioid use, or help me get them?', {
      id: 'handout.question.medicines',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Ask about medicines": FDA-approved medicines for alcohol or opioid use disorder). One short question.',
    }),
    'individual-plan': msg('How will you make a treatment plan for me?', {
      id: 'handout.question.individual-plan',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Ask for a plan made for you"). One short question.',
    }),
    'needs-met': msg('How will this program fit my needs and goals?', {
      id: 'handout.question.needs-met',
      desc: 'Question a reader asks a treatment program, printed on the handout (checklist step "Make sure it meets your needs"). One short question.',
    }),
  };
}

/** Labels of the printed handout. */
export function handoutText() {
  return {
    program: msg('Program name:', {
      id: 'handout.program',
      desc: 'Label before an empty line on the printed handout where the reader writes the name of the program they visit. Keep the colon.',
    }),
    date: msg('Date:', {
      id: 'handout.date',
      desc: 'Label before an empty line on the printed handout where the reader writes the date of the visit. Keep the colon.',
    }),
    questions: msg('Questions to ask', {
      id: 'handout.questions',
      desc: 'Heading on the printed handout before the list of questions to ask a program. Short.',
    }),
    phone: msg('Phone:', {
      id: 'handout.phone',
      desc: 'Label before the clinic’s phone number on the printed handout. Keep the colon.',
    }),
    help: msg('Help at any time', {
      id: 'handout.help',
      desc: 'Heading on the printed handout before the national helpline, 988 and 911. Short.',
    }),
    address: msg('Read this page again:', {
      id: 'handout.address',
      desc: 'Label on the printed handout before the web address of the page and its QR code. Keep the colon.',
    }),
    qr: msg('QR code of the page address', {
      id: 'handout.qr',
      desc: 'Text alternative of the QR code printed on the handout; scanning it opens the page again.',
    }),
  };
}
