import {msg, str} from '@lit/localize';
import {formatNumber} from '../internal/format.js';
import type {ContentItem} from './types.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('checklist');

/**
 * Stable ids of the steps for choosing a program, in the order the source document
 * gives them. Clinics use these in `include="…"`; stored ticks use them too, so they
 * never change between versions.
 */
export const checklistIds = ['visit', 'licensed', 'treatment-options', 'medicines', 'individual-plan', 'needs-met'] as const;

export type ChecklistId = (typeof checklistIds)[number];
export type ChecklistItem = ContentItem<ChecklistId>;

/** The steps to check before choosing a program, in the current locale. Call at render time. */
export function checklistItems(): ChecklistItem[] {
  return [
    {
      id: 'visit',
      title: msg('Visit before you decide', {
        id: 'checklist.visit.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program. Short, under 40 characters.',
      }),
      description: msg('Go see the program in person before you make your final choice. Bring this list and your questions.', {
        id: 'checklist.visit.description',
        desc: 'Help text under the checklist step "Visit before you decide". One or two short sentences.',
      }),
    },
    {
      id: 'licensed',
      title: msg('Check that it is licensed', {
        id: 'checklist.licensed.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program (the facility has a state license). Under 40 characters.',
      }),
      description: msg('Ask if the program has a state license. Your state’s licensing agency can confirm it, and FindTreatment.gov lists state-licensed centers.', {
        id: 'checklist.licensed.description',
        desc: 'Help text under the checklist step "Check that it is licensed". The state’s licensing agency (or behavioral health agency) confirms a license. FindTreatment.gov is a US government website name: keep it as is.',
      }),
    },
    {
      id: 'treatment-options',
      title: msg('Look for many kinds of treatment', {
        id: 'checklist.treatment-options.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program (a variety of treatment options). Under 40 characters.',
      }),
      description: msg('A good program offers a variety of care, such as one-on-one therapy, groups and family support.', {
        id: 'checklist.treatment-options.description',
        desc: 'Help text under the checklist step "Look for many kinds of treatment". One or two short sentences.',
      }),
    },
    {
      id: 'medicines',
      title: msg('Ask about medicines', {
        id: 'checklist.medicines.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program: ask about medicines for alcohol or opioid use disorder. Under 40 characters.',
      }),
      description: msg('Medicines can ease withdrawal and cravings for alcohol or opioid use disorder. Ask if the program offers them or helps you get them.', {
        id: 'checklist.medicines.description',
        desc: 'Help text under the checklist step "Ask about medicines": FDA-approved medicines for alcohol or opioid use disorder; the program may offer them or connect you to them. One or two short sentences.',
      }),
    },
    {
      id: 'individual-plan',
      title: msg('Ask for a plan made for you', {
        id: 'checklist.individual-plan.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program (an individualized treatment plan). Under 40 characters.',
      }),
      description: msg('No one plan is right for everyone. Ask how the staff will build a treatment plan around you.', {
        id: 'checklist.individual-plan.description',
        desc: 'Help text under the checklist step "Ask for a plan made for you". One or two short sentences.',
      }),
    },
    {
      id: 'needs-met',
      title: msg('Make sure it meets your needs', {
        id: 'checklist.needs-met.title',
        desc: 'Checkbox label in the checklist for choosing a treatment program (your needs and goals will be met). Under 40 characters.',
      }),
      description: msg('Think about your needs and goals. Check that the type of program and its care fit them.', {
        id: 'checklist.needs-met.description',
        desc: 'Help text under the checklist step "Make sure it meets your needs". One or two short sentences.',
      }),
    },
  ];
}

/** Heading, introduction, group name and button text of the checklist. */
export function checklistText(): {
  heading: string;
  lead: string;
  legend: string;
  reset: string;
  restored: string;
  printProgram: string;
  printDate: string;
} {
  return {
    heading: msg('Checklist for choosing a program', {
      id: 'checklist.heading',
      desc: 'Heading of the interactive checklist for choosing a substance use treatment program. Short.',
    }),
    lead: msg('Use these steps to compare programs. Check off each step when it is done. You can print this list and take it with you.', {
      id: 'checklist.lead',
      desc: 'Sentences before the checklist for choosing a treatment program. The printed copy has empty boxes.',
    }),
    legend: msg('Steps to check', {
      id: 'checklist.legend',
      desc: 'Name of the group of checkboxes, read by screen readers when entering the checklist. Very short.',
    }),
    reset: msg('Clear all checks', {
      id: 'checklist.reset',
      desc: 'Button that clears every box in the checklist. Short, under 25 characters.',
    }),
    restored: msg('Your checks from last time are saved on this device.', {
      id: 'checklist.restored',
      desc: 'Notice above the checklist when ticks saved earlier in this browser were brought back. Followed by the "Clear all checks" button.',
    }),
    printProgram: msg('Program name', {
      id: 'checklist.print-program',
      desc: 'Only on the printed checklist: label before an empty line where a person writes the name of the program they visit.',
    }),
    printDate: msg('Date', {
      id: 'checklist.print-date',
      desc: 'Only on the printed checklist: label before an empty line where a person writes the date of the visit.',
    }),
  };
}

/** "2 of 5 checked", with both numbers in the current locale's digits. */
export function checklistProgress(checked: number, total: number): string {
  const done = formatNumber(checked);
  const all = formatNumber(total);
  return msg(str`${done} of ${all} checked`, {
    id: 'checklist.progress',
    desc: 'Progress line under the checklist, e.g. "2 of 5 checked". Read aloud by screen readers after each change.',
  });
}
