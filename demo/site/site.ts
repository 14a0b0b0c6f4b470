// Every docs page: the site's light/dark switch, the menu, tabs, and Copy buttons on
// code blocks. Loads no widget code (pages with live widgets add preview.ts).
import {copyText} from './copy.js';

const root = document.documentElement;
const themeSelect = document.querySelector<HTMLSelectElement>('#site-theme');
if (themeSelect) {
  themeSelect.value = root.dataset.theme ?? 'system';
  themeSelect.addEventListener('change', () => {
    const value = themeSelect.value;
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
    try {
      if (value === 'system') localStorage.removeItem('iop-docs:theme');
      else localStorage.setItem('iop-docs:theme', value);
    } catch {
      // storage blocked: the choice lasts for this page
    }
  });
}

// The menu is a sidebar on wide screens (always open) and a disclosure on narrow ones.
const menu = document.querySelector<HTMLDetailsElement>('details.menu');
const wide = matchMedia('(min-width: 60rem)');
const fitMenu = () => {
  if (menu) menu.open = wide.matches;
};
fitMenu();
wide.addEventListener('change', fitMenu);

/** ARIA tabs: arrow keys, Home and End move between tabs; the chosen panel shows. */
export function setUpTabs(list: HTMLElement, onChange?: (tab: HTMLElement) => void): void {
  const tabs = () => [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter((tab) => !tab.hidden);
  const select = (tab: HTMLElement, focus: boolean) => {
    for (const other of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
    onChange?.(tab);
  };
  list.addEventListener('click', (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab, false);
  });
  list.addEventListener('keydown', (event) => {
    const all = tabs();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    const next = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1}[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(all[(next + all.length) % all.length], true);
  });
}

// Copy buttons for the code blocks of prose pages (the builder has its own).
for (const pre of document.querySelectorAll<HTMLPreElement>('main pre:not([role="tabpanel"] pre)')) {
  if (pre.closest('.builder')) continue;
  const row = document.createElement('div');
  row.className = 'prose-copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy';
  const status = document.createElement('span');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  row.append(button, status);
  pre.after(row);
  button.addEventListener('click', () => void copyText(pre.textContent ?? '', button, status, 'Copy'));
}
