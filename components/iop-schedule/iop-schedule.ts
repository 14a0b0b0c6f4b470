import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopSchedule} from './iop-schedule.component.js';

export {IopSchedule};

define('iop-schedule', IopSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'iop-schedule': IopSchedule;
  }
}
