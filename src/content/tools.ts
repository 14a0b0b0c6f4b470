import {msg} from '@lit/localize';
import {usesMessages} from '../internal/messages.js';

usesMessages('tools');

/** Labels of the reader tools above a widget: "Listen" (read aloud) and "Print a handout". */
export function toolsText() {
  return {
    listen: msg('Listen', {
      id: 'tools.listen',
      desc: 'Toggle button that reads the text of the page section aloud with the device’s own voice. Pressed while reading; pressing again pauses. One word if possible.',
    }),
    stop: msg('Stop', {
      id: 'tools.stop',
      desc: 'Button that stops reading aloud. One word.',
    }),
    handout: msg('Print a handout', {
      id: 'tools.handout',
      desc: 'Button that prints a one-page sheet to take to a visit: the checklist, questions to ask and phone numbers. Under 30 characters.',
    }),
  };
}
