import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopProgramCard} from './iop-program-card.component.js';

export {IopProgramCard};

define('iop-program-card', IopProgramCard);

declare global {
  interface HTMLElementTagNameMap {
    'iop-program-card': IopProgramCard;
  }
}
