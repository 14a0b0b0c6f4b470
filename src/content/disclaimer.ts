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
