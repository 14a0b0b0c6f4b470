import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {ProgramChecklist, type ChecklistChangeDetail} from './program-checklist.component.js';

export {ProgramChecklist};
export type {ChecklistChangeDetail};

define('program-checklist', ProgramChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'program-checklist': ProgramChecklist;
  }
  interface HTMLElementEventMap {
    'iop-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
