/**
 * Language races on the script-tag bundle: 1,000 switches of <html lang> and setLocale(),
 * with delayed locale chunks, and with chunks that fail. The final state is the last
 * language asked for (English when its chunk failed), with no unhandled rejection.
 */
import {expect} from '@open-wc/testing';
import {openPage, shadowText, until} from '../page.js';

const LANGS = ['es', 'vi', 'zh-Hant', 'ko', 'ar', 'tl', 'zh-Hans', 'en', 'es-MX', 'constructor', 'xx'];

describe('hostile: language races (dist/cdn, delayed and failing chunks)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [mode, last, expected] of [['slow', 'vi', 'vi'], ['broken', 'zh-Hant', 'zh-Hant'], ['broken', 'ko', 'en']] as const) {
    it(`${mode} chunks, 1,000 switches ending on ${last}: shows ${expected}`, async () => {
      const page = await openPage(`/tests/fixtures/races.html?mode=${mode}`);
      await page.window.__loaded;
      const api = page.window.__module as {setLocale: (tag: string) => Promise<void>; followPageLanguage: () => Promise<void>};
      const list = page.document.querySelector('iop-services-list')!;
      await until(() => shadowText(list).includes('What an IOP offers'), 'English render');
      const root = page.document.documentElement;
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const pending: Array<Promise<void>> = [];
      for (let i = 0; i < 1000; i++) {
        const lang = LANGS[Math.floor(random() * LANGS.length)];
        if (i % 3 === 0) pending.push(api.setLocale(lang));
        else if (i % 3 === 1) pending.push(api.followPageLanguage());
        root.lang = lang;
        if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        else await null;
      }
      // The last request: the page language, followed.
      root.lang = last;
      pending.push(api.followPageLanguage());
      await Promise.allSettled(pending);
      const widgets = [list, page.document.querySelector('iop-helpline')!];
      await until(() => widgets.every((widget) => widget.getAttribute('lang') === expected), `every widget in ${expected}`, 10000);
      await new Promise((resolve) => setTimeout(resolve, 400)); // late chunks must not flip it back
      expect(widgets.map((widget) => widget.getAttribute('lang'))).to.deep.equal([expected, expected]);
      if (expected === 'en') expect(shadowText(list)).to.contain('What an IOP offers');
      expect(page.window.__record.errors).to.deep.equal([]);
    });
  }
});
