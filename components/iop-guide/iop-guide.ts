import '../../src/internal/guard.js'; // first: before Lit evaluates
// The guide composes the other widgets, so this define module registers them too.
import '../iop-overview/iop-overview.js';
import '../iop-services-list/iop-services-list.js';
import '../iop-schedule/iop-schedule.js';
import '../iop-benefits/iop-benefits.js';
import '../iop-vs-php-table/iop-vs-php-table.js';
import '../program-checklist/program-checklist.js';
import '../iop-find-guide/iop-find-guide.js';
import '../iop-program-card/iop-program-card.js';
import '../iop-faq/iop-faq.js';
import '../iop-helpline/iop-helpline.js';
import {define} from '../../src/internal/define.js';
import {IopGuide} from './iop-guide.component.js';

export {IopGuide};

define('iop-guide', IopGuide);

declare global {
  interface HTMLElementTagNameMap {
    'iop-guide': IopGuide;
  }
}
