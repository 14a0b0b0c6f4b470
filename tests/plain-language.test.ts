/**
 * Plain language: the English text of every widget (the XLIFF sources) reads at about US
 * grade 8 or below (Flesch–Kincaid), with no very long sentence.
 */
import {expect} from '@open-wc/testing';

/** Syllables of an English word, by the usual vowel-group heuristic. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
}

function grade(texts: string[]): number {
  let words = 0;
  let count = 0;
  let syllableCount = 0;
  for (const text of texts) {
    const list = text.split(/\s+/).filter(Boolean);
    words += list.length;
    count += sentences(text).length;
    syllableCount += list.reduce((sum, word) => sum + syllables(word), 0);
  }
  return 0.39 * (words / count) + 11.8 * (syllableCount / words) - 15.59;
}

async function englishProse(): Promise<Array<{id: string; text: string}>> {
  const xml = await (await fetch('/locales/es.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')]
    .map((unit) => {
      const source = unit.getElementsByTagName('source')[0].cloneNode(true) as Element;
      // Placeholders stand for numbers or names: count them as one short word.
      for (const x of [...source.getElementsByTagName('x')]) x.replaceWith('12');
      return {id: unit.getAttribute('id') ?? '', text: (source.textContent ?? '').trim()};
    })
    .filter((unit) => /[.?!]$/.test(unit.text) && unit.text.split(/\s+/).length > 4);
}

describe('plain language (English source)', () => {
  it('counts syllables sensibly', () => {
    expect(['you', 'program', 'treatment', 'intensive', 'outpatient', 'relapse'].map(syllables)).to.deep.equal([1, 2, 2, 3, 3, 2]);
    expect(grade(['The cat sat on the mat.'])).to.be.below(2);
    expect(grade(['Intensive outpatient rehabilitation necessitates comprehensive individualized interdisciplinary assessment.'])).to.be.above(12);
  });

  it('reads at about US grade 8 or below, in sentences of at most 28 words', async () => {
    const prose = await englishProse();
    expect(prose.length).to.be.greaterThan(40);
    const level = grade(prose.map((unit) => unit.text));
    console.log(`English prose: ${prose.length} messages, Flesch–Kincaid grade ${level.toFixed(1)}`);
    expect(level).to.be.at.most(8);
    const long = prose.flatMap((unit) =>
      sentences(unit.text).filter((s) => s.split(/\s+/).length > 28).map((s) => `${unit.id}: ${s}`),
    );
    expect(long).to.deep.equal([]);
  });
});
