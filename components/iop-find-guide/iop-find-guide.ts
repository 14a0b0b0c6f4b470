import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopFindGuide} from './iop-find-guide.component.js';

export {IopFindGuide};

define('iop-find-guide', IopFindGuide);

declare global {
  interface HTMLElementTagNameMap {
    'iop-find-guide': IopFindGuide;
  }
}
