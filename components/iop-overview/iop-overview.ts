import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopOverview} from './iop-overview.component.js';

export {IopOverview};

define('iop-overview', IopOverview);

declare global {
  interface HTMLElementTagNameMap {
    'iop-overview': IopOverview;
  }
}
