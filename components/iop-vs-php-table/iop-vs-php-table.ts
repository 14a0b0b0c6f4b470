import '../../src/internal/guard.js'; // first: before Lit evaluates
import {define} from '../../src/internal/define.js';
import {IopVsPhpTable} from './iop-vs-php-table.component.js';

export {IopVsPhpTable};

define('iop-vs-php-table', IopVsPhpTable);

declare global {
  interface HTMLElementTagNameMap {
    'iop-vs-php-table': IopVsPhpTable;
  }
}
