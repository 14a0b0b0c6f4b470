import {msg} from '@lit/localize';
import type {ContentItem} from './types.js';
import {usesMessages} from '../internal/messages.js';

usesMessages('services');

/**
 * Stable ids of the core services, in the order the source document lists them.
 * Clinics use these in `include="…"`; they never change between versions.
 */
export const serviceIds = [
  'individual-therapy',
  'support-groups',
  'family-support',
  'medical-care',
  'experiential-therapy',
  'life-skills',
  'goal-setting',
  'coping-skills',
  'relationship-skills',
  'relapse-prevention',
] as const;

export type ServiceId = (typeof serviceIds)[number];
export type Service = ContentItem<ServiceId>;

/** The core services an IOP offers, in the current locale. Call at render time. */
export function coreServices(): Service[] {
  return [
    {
      id: 'individual-therapy',
      title: msg('One-on-one therapy', {
        id: 'services.individual-therapy.title',
        desc: 'Service name in the IOP services list. Short title, under 40 characters.',
      }),
      description: msg(
        'You meet alone with a therapist. One common type is cognitive behavioral therapy (CBT). It helps you change thoughts and habits linked to drug or alcohol use.',
        {id: 'services.individual-therapy.description', desc: 'Description under the service "One-on-one therapy". One or two short sentences.'},
      ),
    },
    {
      id: 'support-groups',
      title: msg('12-step support groups', {
        id: 'services.support-groups.title',
        desc: 'Service name in the IOP services list. "12-step" refers to programs like Alcoholics Anonymous; keep the number.',
      }),
      description: msg('These groups follow 12 steps for recovery, like Alcoholics Anonymous (AA) or Narcotics Anonymous (NA). You meet with others in recovery, share what helps and support each other.', {
        id: 'services.support-groups.description',
        desc: 'Description under the service "12-step support groups". One or two short sentences.',
      }),
    },
    {
      id: 'family-support',
      title: msg('Family education and therapy', {
        id: 'services.family-support.title',
        desc: 'Service name in the IOP services list. Short title, under 40 characters.',
      }),
      description: msg('You and your family learn about substance use and recovery. Your family can join therapy sessions and get support of their own.', {
        id: 'services.family-support.description',
        desc: 'Description under the service "Family education and therapy". One or two short sentences.',
      }),
    },
    {
      id: 'medical-care',
      title: msg('Medical and whole-person care', {
        id: 'services.medical-care.title',
        desc: 'Service name in the IOP services list ("holistic and medical care"). Short title, under 40 characters.',
      }),
      description: msg('You can get medical care, plus care for your whole self, body and mind.', {
        id: 'services.medical-care.description',
        desc: 'Description under the service "Medical and whole-person care". One or two short sentences.',
      }),
    },
    {
      id: 'experiential-therapy',
      title: msg('Art, outdoor and hands-on therapies', {
        id: 'services.experiential-therapy.title',
        desc: 'Service name in the IOP services list ("alternative and experiential therapies"). Short title, under 40 characters.',
      }),
      description: msg('Activities such as art therapy or group hikes give you new ways to work through feelings.', {
        id: 'services.experiential-therapy.description',
        desc: 'Description under the service "Art, outdoor and hands-on therapies". One or two short sentences.',
      }),
    },
    {
      id: 'life-skills',
      title: msg('Skills for living on your own', {
        id: 'services.life-skills.title',
        desc: 'Service name in the IOP services list ("independent living skills"). Short title, under 40 characters.',
      }),
      description: msg('You practice the everyday skills that help you run your own life and keep a steady routine.', {
        id: 'services.life-skills.description',
        desc: 'Description under the service "Skills for living on your own". One or two short sentences.',
      }),
    },
    {
      id: 'goal-setting',
      title: msg('Setting goals', {
        id: 'services.goal-setting.title',
        desc: 'Service name in the IOP services list. Short title, under 40 characters.',
      }),
      description: msg('You set clear goals for your recovery and your life, and check how you are doing.', {
        id: 'services.goal-setting.description',
        desc: 'Description under the service "Setting goals". One or two short sentences.',
      }),
    },
    {
      id: 'coping-skills',
      title: msg('Healthy ways to cope', {
        id: 'services.coping-skills.title',
        desc: 'Service name in the IOP services list ("healthy coping strategies"). Short title, under 40 characters.',
      }),
      description: msg('You learn healthy ways to deal with stress, cravings and hard feelings without drinking or using drugs.', {
        id: 'services.coping-skills.description',
        desc: 'Description under the service "Healthy ways to cope". One or two short sentences. "Using" means using drugs or alcohol.',
      }),
    },
    {
      id: 'relationship-skills',
      title: msg('Relationship skills', {
        id: 'services.relationship-skills.title',
        desc: 'Service name in the IOP services list. Short title, under 40 characters.',
      }),
      description: msg('You work on talking openly, setting limits and rebuilding trust with the people in your life.', {
        id: 'services.relationship-skills.description',
        desc: 'Description under the service "Relationship skills". One or two short sentences.',
      }),
    },
    {
      id: 'relapse-prevention',
      title: msg('Planning to prevent relapse', {
        id: 'services.relapse-prevention.title',
        desc: 'Service name in the IOP services list. "Relapse" means starting to use drugs or alcohol again. Under 40 characters.',
      }),
      description: msg('Relapse means starting to drink or use drugs again. You make a plan to spot warning signs early and know what to do.', {
        id: 'services.relapse-prevention.description',
        desc: 'Description under the service "Planning to prevent relapse". One or two short sentences.',
      }),
    },
  ];
}

/** Heading and introduction of the services list. */
export function servicesIntro(): {heading: string; lead: string} {
  return {
    heading: msg('What an IOP offers', {
      id: 'services.heading',
      desc: 'Heading of the IOP services list widget. IOP = intensive outpatient program; keep the abbreviation if it is commonly used, otherwise spell it out.',
    }),
    lead: msg('An intensive outpatient program (IOP) usually offers more kinds of care than regular outpatient counseling. Outpatient means you go home each day. Common services include:', {
      id: 'services.lead',
      desc: 'Sentence before the list of IOP services. Ends with a colon because the list follows.',
    }),
  };
}
