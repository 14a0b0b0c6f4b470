import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopServicesList} from './iop-services-list.component.js';

export {IopServicesList};

define('iop-services-list', IopServicesList);

declare global {
  interface HTMLElementTagNameMap {
    'iop-services-list': IopServicesList;
  }
}
