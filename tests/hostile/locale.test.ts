/**
 * Hostile page languages: prototype keys as `<html lang>`, and tags passed to setLocale().
 * The widget renders (in English), its updateComplete settles, nothing throws.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../components/iop-services-list/iop-services-list.js';
import {matchLocale, setLocale, getLocale} from '../../src/localization.js';
import {captureWarnings, localeReady, resetLanguage, textOf} from '../helpers.js';

const PROTOTYPE_TAGS = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'prototype',
  'constructor-x', 'x-__proto__', 'zh-constructor', '__proto__-zh',
];

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not settled in ${ms} ms`)), ms))]);

describe('hostile: page languages', () => {
  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    window.removeEventListener('unhandledrejection', onRejection);
    await resetLanguage();
  });

  it('matchLocale finds nothing on Object.prototype', () => {
    for (const tag of PROTOTYPE_TAGS) expect(matchLocale(tag), tag).to.equal(tag.startsWith('zh') ? 'zh-Hans' : undefined);
  });

  for (const tag of PROTOTYPE_TAGS) {
    it(`<html lang="${tag}">: renders, updateComplete settles, one warning`, async () => {
      const warnings = await captureWarnings(async () => {
        document.documentElement.lang = tag;
        await new Promise((resolve) => setTimeout(resolve, 0));
        const el = await within(fixture(html`<iop-services-list></iop-services-list>`), 3000, 'fixture');
        await within((el as unknown as {updateComplete: Promise<boolean>}).updateComplete, 3000, 'updateComplete');
        const expected = tag.startsWith('zh') ? 'zh-Hans' : 'en';
        if (expected !== 'en') await localeReady(expected);
        await (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
        expect(el.getAttribute('lang')).to.equal(expected);
        expect(textOf(el.shadowRoot!.querySelector('h2'))).to.not.equal('');
      });
      expect(warnings.length).to.be.at.most(1);
      expect(rejections).to.deep.equal([]);
    });
  }

  it('setLocale() with prototype keys and non-strings resolves to English, never throws', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of [...PROTOTYPE_TAGS.filter((t) => !t.startsWith('zh')), Object.create(null), Symbol('x'), 42, null, {toString() { throw new Error('boom'); }}]) {
        await within(setLocale(tag as string), 3000, String(typeof tag));
        expect(getLocale()).to.equal('en');
      }
    });
    expect(warnings.every((w) => w.startsWith('[iop-widgets]'))).to.be.true;
    expect(rejections).to.deep.equal([]);
  });
});
