/** From the builder's values to the attributes the snippet and the preview use. */
import type {Control} from './controls.js';
import type {Attribute} from './snippets.js';

export interface ItemValue {
  label: string;
  description: string;
}

export type Value = boolean | string | string[] | ItemValue[] | {from: string; to: string};

export function initialValues(controls: Control[]): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const control of controls) {
    if (control.kind === 'items') values[control.attribute] = [];
    else if (control.kind === 'range') values[control.attribute] = {from: '', to: ''};
    else values[control.attribute] = control.initial;
  }
  return values;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/** Attributes in the order of the controls (the manifest's order); defaults are left out. */
export function attributesFrom(controls: Control[], values: Record<string, Value>): Attribute[] {
  const attributes: Attribute[] = [];
  for (const control of controls) {
    const value = values[control.attribute];
    const name = control.attribute;
    switch (control.kind) {
      case 'checkbox':
        if (value === true) attributes.push([name, true]);
        break;
      case 'range': {
        const {from, to} = (value ?? {from: '', to: ''}) as {from: string; to: string};
        const parts = [from.trim(), to.trim()].filter(Boolean);
        if (parts.length) attributes.push([name, parts.join('-')]);
        break;
      }
      case 'ids': {
        const ids = (value ?? []) as string[];
        if (!ids.length) break;
        const isDefault = control.ordered
          ? sameList(ids, control.defaults)
          : sameList([...ids].sort(), [...control.defaults].sort());
        if (!isDefault) attributes.push([name, ids.join(' ')]);
        break;
      }
      case 'items': {
        const items = ((value ?? []) as ItemValue[])
          .filter((item) => item.label.trim() || item.description.trim())
          .map((item) => (item.description.trim() ? {label: item.label.trim(), description: item.description.trim()} : {label: item.label.trim()}));
        if (items.length) attributes.push([name, JSON.stringify(items)]);
        break;
      }
      default:
        if (typeof value === 'string' && value.trim()) attributes.push([name, value.trim()]);
    }
  }
  return attributes;
}

export function attributesFromControls(controls: Control[]): Attribute[] {
  return attributesFrom(controls, initialValues(controls));
}
