import {msg} from '@lit/localize';
import type {ContentItem} from './types.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('faq');

/**
 * Stable ids of the frequently asked questions, in the order the source document raises
 * them. Clinics use these in `include="…"`; they never change between versions.
 */
export const faqIds = ['what-is-iop', 'how-long', 'iop-vs-php', 'who-it-suits', 'medicines', 'how-to-find', 'what-to-check'] as const;

export type FaqId = (typeof faqIds)[number];
/** A question (`title`) and its short plain answer (`description`). */
export type FaqEntry = ContentItem<FaqId>;

/** The questions and answers about IOPs, in the current locale. Call at render time. */
export function faqEntries(): FaqEntry[] {
  return [
    {
      id: 'what-is-iop',
      title: msg('What is an IOP?', {
        id: 'faq.what-is-iop.question',
        desc: 'FAQ question. IOP = intensive outpatient program; the answer explains the abbreviation. Under 60 characters.',
      }),
      description: msg(
        'IOP stands for intensive outpatient program. It treats problems with alcohol or drugs, called substance use disorders. You go to a treatment center for several hours a week. Outpatient means you go home each day: you live at home or in a sober living house (a shared home free of alcohol and drugs).',
        {id: 'faq.what-is-iop.answer', desc: 'Answer to "What is an IOP?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you". Explain the abbreviation IOP in your language.'},
      ),
    },
    {
      id: 'how-long',
      title: msg('How long does an IOP last, and how many hours a week?', {
        id: 'faq.how-long.question',
        desc: 'FAQ question about the length of a program and its weekly hours. Under 70 characters.',
      }),
      description: msg(
        'A typical program lasts about 12 weeks, with 10 to 12 hours of treatment each week. The length is not fixed. Many programs let you add weeks or extra sessions if you need them. After the IOP, continuing care can help you stay on track.',
        {id: 'faq.how-long.answer', desc: 'Answer to "How long does an IOP last?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you". Keep the numbers 12 weeks and 10 to 12 hours, and that the length is not fixed.'},
      ),
    },
    {
      id: 'iop-vs-php',
      title: msg('How is an IOP different from a PHP?', {
        id: 'faq.iop-vs-php.question',
        desc: 'FAQ question. PHP = partial hospitalization program; the answer explains it. Under 60 characters.',
      }),
      description: msg(
        'A PHP, or partial hospitalization program, has more days and hours of treatment each week, and more structure (a fuller, set daily plan). It is a step down from a hospital or residential care: less care than there, but more than an IOP. A PHP may be in a hospital with more medical care, and is more often used for mental health. An IOP takes place at a treatment center.',
        {id: 'faq.iop-vs-php.answer', desc: 'Answer to "How is an IOP different from a PHP?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you". Explain the abbreviation PHP in your language.'},
      ),
    },
    {
      id: 'who-it-suits',
      title: msg('Who is an IOP a good fit for?', {
        id: 'faq.who-it-suits.question',
        desc: 'FAQ question about who an intensive outpatient program suits. Under 60 characters.',
      }),
      description: msg(
        'An IOP may suit people who do not need medical detox (medical care to get safely through withdrawal) or care around the clock. It suits people with a safe, supportive home. The program or a doctor checks first which level of care is safe for you. Stopping some substances all at once can be dangerous. For people an IOP suits, results are like those of residential care.',
        {id: 'faq.who-it-suits.answer', desc: 'Answer to "Who is an IOP a good fit for?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you". "Detox" means medically supervised withdrawal. No promises of results.'},
      ),
    },
    {
      id: 'medicines',
      title: msg('Are there medicines that help?', {
        id: 'faq.medicines.question',
        desc: 'FAQ question about medicines for alcohol or opioid use disorder. Under 60 characters.',
      }),
      description: msg(
        'Yes. FDA-approved medicines treat alcohol use disorder and opioid use disorder. They can ease withdrawal and cravings, and are used with counseling in a plan made for each person. Ask if the program offers them or helps you get them.',
        {id: 'faq.medicines.answer', desc: 'Answer to "Are there medicines that help?". FDA = the US Food and Drug Administration (keep the acronym or use the official name). Plain sentences, addressed to the reader as "you". No promise that a program offers them.'},
      ),
    },
    {
      id: 'how-to-find',
      title: msg('How do I find an IOP near me?', {
        id: 'faq.how-to-find.question',
        desc: 'FAQ question about finding a program close to home. Under 60 characters.',
      }),
      description: msg(
        'Ask your doctor which programs they recommend. You can also call local hospitals and behavioral health centers. Many residential treatment centers offer IOPs too, so ask them as well.',
        {id: 'faq.how-to-find.answer', desc: 'Answer to "How do I find an IOP near me?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you".'},
      ),
    },
    {
      id: 'what-to-check',
      title: msg('What should I check before I choose a program?', {
        id: 'faq.what-to-check.question',
        desc: 'FAQ question about what to look at before choosing a program. Under 60 characters.',
      }),
      description: msg(
        'Visit before you decide. Check the license with your state’s licensing agency or on FindTreatment.gov. Look for many kinds of treatment and a plan made just for you. Ask about medicines. Check that the program fits your needs and goals.',
        {id: 'faq.what-to-check.answer', desc: 'Answer to "What should I check before I choose a program?". Two to four short, plain sentences (reading level about grade 6–8), addressed to the reader as "you".'},
      ),
    },
  ];
}

/** Heading of the FAQ. */
export function faqIntro(): {heading: string} {
  return {
    heading: msg('Common questions about IOPs', {
      id: 'faq.heading',
      desc: 'Heading of the frequently asked questions widget. IOP = intensive outpatient program. Under 50 characters.',
    }),
  };
}
