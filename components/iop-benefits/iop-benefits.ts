import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopBenefits} from './iop-benefits.component.js';

export {IopBenefits};

define('iop-benefits', IopBenefits);

declare global {
  interface HTMLElementTagNameMap {
    'iop-benefits': IopBenefits;
  }
}
