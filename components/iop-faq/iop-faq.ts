import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopFaq} from './iop-faq.component.js';

export {IopFaq};

define('iop-faq', IopFaq);

declare global {
  interface HTMLElementTagNameMap {
    'iop-faq': IopFaq;
  }
}
