import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopFaq, type FaqToggleDetail} from './iop-faq.component.js';

export {IopFaq};
export type {FaqToggleDetail};

define('iop-faq', IopFaq);

declare global {
  interface HTMLElementTagNameMap {
    'iop-faq': IopFaq;
  }
  interface HTMLElementEventMap {
    'iop-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
