import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopHelpline} from './iop-helpline.component.js';

export {IopHelpline};

define('iop-helpline', IopHelpline);

declare global {
  interface HTMLElementTagNameMap {
    'iop-helpline': IopHelpline;
  }
}
