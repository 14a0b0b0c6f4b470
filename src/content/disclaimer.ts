import {msg} from '@lit/localize';
import {usesMessages} from '../internal/messages.js';

usesMessages('disclaimer');

/** The "educational information, not medical advice" note any widget can show. */
export function disclaimerText(): string {
  return msg(
    'This is general information to help you learn. It is not medical advice. Talk with a doctor or counselor about your own care.',
    {
      id: 'disclaimer.text',
      desc: 'Small note shown under a widget or at the end of the guide: educational information, not medical advice. Keep it short and calm.',
    },
  );
}

/** The 988 Suicide & Crisis Lifeline (call or text) and the emergency number. */
export const crisisLine = {call: 'tel:988', text: 'sms:988', emergency: '911'} as const;

/** The short 988 and 911 lines that every helpline widget shows. */
export function crisisText() {
  return {
    lead: msg('Thinking about suicide, or in crisis right now? You can call or text the 988 Suicide & Crisis Lifeline.', {
      id: 'disclaimer.crisis.lead',
      desc: 'Calm line before two links, "Call 988" and "Text 988". Use the official name of the 988 Lifeline in your language.',
    }),
    call: msg('Call 988', {id: 'disclaimer.crisis.call', desc: 'Link text that opens the phone dialer with 988. Very short.'}),
    text: msg('Text 988', {
      id: 'disclaimer.crisis.text',
      desc: 'Link text that opens a new text message (SMS) to 988. Very short.',
    }),
    emergency: msg('In an emergency, or if someone may have overdosed, call 911.', {
      id: 'disclaimer.emergency',
      desc: 'Short line about emergencies in the US, including a possible drug or alcohol overdose. Keep the number 911.',
    }),
  };
}
