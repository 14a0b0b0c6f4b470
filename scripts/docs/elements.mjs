// Reads dist/custom-elements.json (written by `npm run manifest` from the classes' JSDoc)
// into one plain list of elements: the single source for docs/reference.md and the
// element pages of the documentation site, so neither can drift from the code.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Reading order of the docs: the library's own list (src/internal/tags.ts), simplest first, the guide last. */
export const elementOrder = [...readFileSync(resolve(root, 'src/internal/tags.ts'), 'utf8').matchAll(/^\s*'([a-z-]+)',$/gm)].map(
  (match) => match[1],
);

export function readManifest(path = resolve(root, 'dist/custom-elements.json')) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is missing or unreadable: run "npm run build" (or "npm run manifest") first. (${error.message})`);
  }
}

/** Everything a reader needs about each element, in reading order. */
export function elementsFrom(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.customElement) continue;
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => attribute.name !== 'id')
        .map((attribute) => ({
          name: attribute.name,
          property: attribute.fieldName ?? null,
          type: attribute.type?.text ?? 'string',
          default: cleanDefault(attribute.default),
          description: attribute.description ?? '',
        }));
      const attributeFields = new Set(attributes.map((attribute) => attribute.property));
      const properties = (declaration.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            !member.privacy &&
            !member.name.startsWith('_') &&
            !attributeFields.has(member.name) &&
            member.description,
        )
        .map((member) => ({
          name: member.name,
          type: member.type?.text ?? '',
          default: cleanDefault(member.default),
          description: member.description ?? '',
          readonly: Boolean(member.readonly),
        }));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: module.path,
        summary: (declaration.summary ?? '').trim(),
        description: (declaration.description ?? '').trim(),
        attributes,
        properties,
        events: (declaration.events ?? []).map((event) => ({
          name: event.name,
          type: event.type?.text ?? 'Event',
          description: event.description ?? '',
        })),
        slots: (declaration.slots ?? []).map((slot) => ({name: slot.name ?? '', description: slot.description ?? ''})),
        parts: (declaration.cssParts ?? []).map((part) => ({name: part.name, description: part.description ?? ''})),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          default: property.default ?? '',
          description: property.description ?? '',
        })),
      });
    }
  }
  const rank = (tag) => {
    const index = elementOrder.indexOf(tag);
    return index === -1 ? elementOrder.length : index;
  };
  return elements.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

function cleanDefault(value) {
  if (value === undefined || value === null || value === 'null' || value === 'undefined') return '';
  return String(value);
}

/** The first sentence of a summary, for lists and meta descriptions. */
export function firstSentence(text) {
  const plain = text.replace(/\s+/g, ' ').replace(/`/g, '').trim();
  const end = plain.search(/[.:](\s|$)/);
  return end === -1 ? plain : plain.slice(0, end + 1).replace(/:$/, '.');
}
