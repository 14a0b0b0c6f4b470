/**
 * "Listen": reads a widget's visible text aloud with the browser's speech synthesis.
 * Headless Chromium has no voices, so these tests replace `speechSynthesis` and
 * `SpeechSynthesisUtterance` with a recording stub whose voices we choose.
 */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../components/iop-overview/iop-overview.js';
import '../components/program-checklist/program-checklist.js';
import '../components/iop-faq/iop-faq.js';
import '../components/iop-guide/iop-guide.js';
import {checklistItems, checklistProgress, checklistText} from '../src/content/checklist.js';
import {pickVoice} from '../src/internal/reader-tools.js';
import {resetLanguage, setPageLanguage, textOf} from './helpers.js';

type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default'>;

class FakeUtterance extends EventTarget {
  voice: Voice | null = null;
  lang = '';
  constructor(public text: string) {
    super();
  }
}

/** Records what would be spoken; `finish()` plays the engine finishing the current sentence. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  current?: FakeUtterance;
  constructor(public voices: Voice[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.calls.push('speak');
    this.spoken.push(utterance);
    this.current = utterance;
  }
  cancel() {
    this.calls.push('cancel');
    const utterance = this.current;
    this.current = undefined;
    // Chromium reports a cancelled utterance as an "interrupted" error.
    utterance?.dispatchEvent(new Event('error'));
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  finish() {
    const utterance = this.current;
    this.current = undefined;
    utterance?.dispatchEvent(new Event('end'));
  }
  /** Lets the engine read to the end; returns the sentences spoken. */
  readAll(): string[] {
    for (let guard = 0; this.current && guard < 500; guard++) this.finish();
    return this.spoken.map((utterance) => utterance.text);
  }
}

const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({
  name,
  lang,
  localService,
  default: isDefault,
});

const everyVoice: Voice[] = [
  voice('Network English', 'en-US', false, true),
  voice('Local English', 'en-GB'),
  voice('Network Spanish', 'es-ES', false),
  voice('Local Spanish', 'es-MX'),
  voice('Local Mandarin (China)', 'zh-CN'),
  voice('Local Mandarin (Taiwan)', 'zh-TW'),
  voice('Network Arabic', 'ar-SA', false),
  voice('Local Arabic', 'ar-EG'),
  voice('Local Korean', 'ko-KR'),
  voice('Local Vietnamese', 'vi-VN'),
  voice('Local Filipino', 'fil-PH'),
];

const saved = {
  synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
  utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
};

function install(voices: Voice[] | undefined): FakeSynth {
  const synth = new FakeSynth(voices ?? []);
  Object.defineProperty(window, 'speechSynthesis', {value: voices ? synth : undefined, configurable: true, writable: true});
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: voices ? FakeUtterance : undefined,
    configurable: true,
    writable: true,
  });
  return synth;
}

function restore(): void {
  for (const [name, descriptor] of [
    ['speechSynthesis', saved.synth],
    ['SpeechSynthesisUtterance', saved.utterance],
  ] as const) {
    if (descriptor) Object.defineProperty(window, name, descriptor);
    else delete (window as unknown as Record<string, unknown>)[name];
  }
}

const tools = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="tools"]');
const listenButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="listen-button"]');
const stopButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="stop-button"]');
const highlighted = () => [...(CSS.highlights.get('iop-listen') ?? [])].map((range) => range.toString());

/** The sentences of a text, split at . ? ! followed by a space (the content's own punctuation). */
const split = (text: string) => text.split(/(?<=[.?!])\s+/).filter(Boolean);

async function until<T>(condition: () => T, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const value = condition();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Clicks "Listen" and waits for the first sentence to be handed to the engine. */
async function start(el: Element, synth: FakeSynth): Promise<void> {
  const before = synth.spoken.length;
  listenButton(el)!.click();
  await until(() => synth.spoken.length > before, 'the first sentence');
  await elementUpdated(el);
}

describe('Listen (read aloud)', () => {
  let synth: FakeSynth;
  beforeEach(() => {
    synth = install(everyVoice);
  });
  afterEach(async () => {
    window.speechSynthesis?.cancel();
    restore();
    await resetLanguage();
  });

  it('maps voice languages to locales, local voices only', () => {
    const voices = [
      voice('HK', 'yue-HK'),
      voice('TW', 'cmn-Hant-TW'),
      voice('CN network', 'zh-CN', false),
      voice('Android', 'es_US'),
      voice('Filipino', 'fil-PH'),
    ];
    expect(pickVoice(voices as SpeechSynthesisVoice[], 'zh-Hant')?.name).to.equal('HK');
    expect(pickVoice(voices.slice(1) as SpeechSynthesisVoice[], 'zh-Hant')?.name).to.equal('TW');
    expect(pickVoice(voices as SpeechSynthesisVoice[], 'zh-Hans')).to.equal(undefined);
    expect(pickVoice(voices as SpeechSynthesisVoice[], 'es')?.name).to.equal('Android');
    expect(pickVoice(voices as SpeechSynthesisVoice[], 'tl')?.name).to.equal('Filipino');
    expect(pickVoice(voices as SpeechSynthesisVoice[], 'ar')).to.equal(undefined);
    // The device's default voice wins among local voices of the language.
    const two = [voice('A', 'en-US'), voice('B', 'en-GB', true, true)];
    expect(pickVoice(two as SpeechSynthesisVoice[], 'en')?.name).to.equal('B');
  });

  const cases: Array<[string, string, string, string]> = [
    ['en', 'en', 'Local English', 'Listen'],
    ['es-MX', 'es', 'Local Spanish', 'Escuchar'],
    ['zh-CN', 'zh-Hans', 'Local Mandarin (China)', '朗读'],
    ['zh-TW', 'zh-Hant', 'Local Mandarin (Taiwan)', '朗讀'],
    ['ar', 'ar', 'Local Arabic', 'استمع'],
    ['ko', 'ko', 'Local Korean', '듣기'],
    ['vi', 'vi', 'Local Vietnamese', 'Nghe'],
    ['tl', 'tl', 'Local Filipino', 'Makinig'],
  ];
  for (const [pageLang, locale, expected, label] of cases) {
    it(`reads ${locale} with a local ${locale} voice`, async () => {
      const el = await fixture(html`<iop-overview listen></iop-overview>`);
      await setPageLanguage(pageLang, locale, el);
      expect(textOf(listenButton(el))).to.equal(label);
      await start(el, synth);
      const first = synth.spoken[0];
      expect(first.voice?.name).to.equal(expected);
      expect(first.lang).to.equal(first.voice?.lang);
      // The first sentence is the widget's heading, in the page's language.
      expect(first.text).to.equal(textOf(el.shadowRoot!.querySelector('[part~="heading"]')));
    });
  }

  it('reads the visible text in order, sentence by sentence, and not the tools', async () => {
    // disclaimer="off": the page note (#9, on the page's first widget) is not what this checks.
    const el = await fixture(html`<program-checklist listen disclaimer="off" include="visit licensed"></program-checklist>`);
    await start(el, synth);
    const text = checklistText();
    const items = checklistItems().filter((item) => item.id === 'visit' || item.id === 'licensed');
    const expected = [
      text.heading,
      ...split(text.lead),
      text.legend,
      ...items.flatMap((item) => [item.title, ...split(item.description ?? '')]),
      checklistProgress(0, 2),
      text.reset,
    ];
    expect(synth.readAll()).to.deep.equal(expected);
    // Reading ended by itself: back to the start state.
    await elementUpdated(el);
    expect(listenButton(el)!.getAttribute('aria-pressed')).to.equal('false');
    expect(stopButton(el)).to.equal(null);
    expect(highlighted()).to.deep.equal([]);
  });

  it('skips what is not shown (closed answers) and reads it once opened', async () => {
    const el = await fixture(html`<iop-faq listen></iop-faq>`);
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(1);
    const answer = (d: HTMLDetailsElement) => textOf(d).slice(textOf(d.querySelector('summary')).length).trim();
    await start(el, synth);
    let spoken = synth.readAll().join(' ');
    for (const d of details) {
      expect(spoken).to.include(textOf(d.querySelector('summary')));
      expect(spoken).not.to.include(answer(d));
    }
    details[0].open = true;
    synth.spoken = [];
    await start(el, synth);
    spoken = synth.readAll().join(' ');
    expect(spoken).to.include(answer(details[0]));
    expect(spoken).not.to.include(answer(details[1]));
  });

  it('highlights the sentence being read with the Custom Highlight API', async () => {
    const el = await fixture(html`<program-checklist listen disclaimer="off" include="visit"></program-checklist>`);
    await start(el, synth);
    expect(highlighted()).to.deep.equal([checklistText().heading]);
    synth.finish();
    expect(highlighted()).to.deep.equal([synth.spoken[1].text]);
    expect(synth.spoken[1].text).to.equal(split(checklistText().lead)[0]);
    // The page's styles paint it: the base styles carry ::highlight(iop-listen).
    const rules = (el.constructor as typeof HTMLElement & {elementStyles: Array<{cssText: string}>}).elementStyles;
    expect(rules.map((sheet) => sheet.cssText).join('')).to.include('::highlight(iop-listen)');
  });

  it('pauses, resumes and stops with a real toggle button and a Stop button', async () => {
    const el = await fixture(html`<program-checklist listen include="visit"></program-checklist>`);
    const listen = listenButton(el)!;
    expect(listen.localName).to.equal('button');
    expect(listen.getAttribute('aria-pressed')).to.equal('false');
    expect(stopButton(el)).to.equal(null);
    await start(el, synth);
    expect(listen.getAttribute('aria-pressed')).to.equal('true');
    expect(stopButton(el)).to.exist;

    listen.click();
    await elementUpdated(el);
    expect(synth.calls.at(-1)).to.equal('pause');
    expect(listen.getAttribute('aria-pressed')).to.equal('false');
    expect(stopButton(el), 'Stop stays while paused').to.exist;

    listen.click();
    await elementUpdated(el);
    expect(synth.calls.at(-1)).to.equal('resume');
    expect(listen.getAttribute('aria-pressed')).to.equal('true');

    const spokenBefore = synth.spoken.length;
    stopButton(el)!.click();
    await elementUpdated(el);
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(synth.spoken.length, 'nothing more is queued after Stop').to.equal(spokenBefore);
    expect(listen.getAttribute('aria-pressed')).to.equal('false');
    expect(stopButton(el)).to.equal(null);
    expect(highlighted()).to.deep.equal([]);
  });

  it('works from the keyboard alone: Enter starts, Space pauses, Escape stops, focus stays on Listen', async () => {
    const el = await fixture(html`<program-checklist listen include="visit"></program-checklist>`);
    listenButton(el)!.focus();
    await sendKeys({press: 'Enter'});
    await until(() => synth.spoken.length > 0, 'reading');
    await elementUpdated(el);
    expect(listenButton(el)!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({press: 'Space'});
    await elementUpdated(el);
    expect(synth.calls.at(-1)).to.equal('pause');
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(stopButton(el));
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(el.shadowRoot!.activeElement, 'focus returns to Listen when Stop goes away').to.equal(listenButton(el));

    await sendKeys({press: 'Enter'});
    await until(() => listenButton(el)!.getAttribute('aria-pressed') === 'true', 'reading again');
    await sendKeys({press: 'Escape'});
    await elementUpdated(el);
    expect(listenButton(el)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('stops when focus moves into the text (a screen reader or keyboard user takes over)', async () => {
    const el = await fixture(html`<program-checklist listen include="visit"></program-checklist>`);
    await start(el, synth);
    listenButton(el)!.focus();
    stopButton(el)!.focus();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="handout-button"]')!.focus();
    expect(listenButton(el)!.getAttribute('aria-pressed'), 'moving within the tools keeps reading').to.equal('true');
    // A screen reader or the Tab key moves focus to the first checkbox.
    el.shadowRoot!.querySelector('input')!.focus();
    await elementUpdated(el);
    expect(synth.calls.at(-1), synth.calls.join()).to.equal('cancel');
    expect(listenButton(el)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('one reading at a time on the page: starting another stops the first', async () => {
    const box = await fixture(html`<div><iop-overview listen></iop-overview><program-checklist listen></program-checklist></div>`);
    const [overview, checklist] = [...box.children];
    await start(overview, synth);
    await start(checklist, synth);
    await elementUpdated(overview);
    expect(listenButton(overview)!.getAttribute('aria-pressed')).to.equal('false');
    expect(stopButton(overview)).to.equal(null);
    expect(listenButton(checklist)!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('stops when the language changes', async () => {
    const el = await fixture(html`<iop-overview listen></iop-overview>`);
    await start(el, synth);
    await setPageLanguage('es', 'es', el);
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(listenButton(el)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is opt-in per widget, on by default in the guide, off with listen="off"', async () => {
    const overview = await fixture(html`<iop-overview></iop-overview>`);
    expect(tools(overview), 'no tools without the attribute').to.equal(null);
    const guide = await fixture(html`<iop-guide sections="overview checklist"></iop-guide>`);
    expect(listenButton(guide)).to.exist;
    // The guide's checklist shows neither tool: the guide's own cover it.
    const inner = guide.shadowRoot!.querySelector('program-checklist')!;
    await elementUpdated(inner);
    expect(tools(inner)).to.equal(null);
    const off = await fixture(html`<iop-guide listen="off" sections="overview"></iop-guide>`);
    expect(listenButton(off)).to.equal(null);
  });

  it('in the guide, focus moving into a section’s widget stops the reading', async () => {
    const guide = await fixture(html`<iop-guide sections="checklist"></iop-guide>`);
    await start(guide, synth);
    listenButton(guide)!.focus();
    const checklist = guide.shadowRoot!.querySelector('program-checklist')!;
    checklist.shadowRoot!.querySelector('input')!.focus();
    await elementUpdated(guide);
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(listenButton(guide)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('the guide reads its sections (inside their shadow roots) but not its contents list', async () => {
    const guide = await fixture(html`<iop-guide sections="overview helpline"></iop-guide>`);
    await start(guide, synth);
    const spoken = synth.readAll();
    const overview = guide.shadowRoot!.querySelector('iop-overview')!;
    const helpline = guide.shadowRoot!.querySelector('iop-helpline')!;
    expect(spoken[0]).to.equal(textOf(guide.shadowRoot!.querySelector('[part~="heading"]')));
    const at = (text: string) => spoken.indexOf(text);
    const overviewHeading = textOf(overview.shadowRoot!.querySelector('[part~="heading"]'));
    const helplineHeading = textOf(helpline.shadowRoot!.querySelector('[part~="heading"]'));
    expect(at(overviewHeading)).to.be.greaterThan(0);
    expect(at(helplineHeading)).to.be.greaterThan(at(overviewHeading));
    // The contents list ("On this page") repeats the section titles: not read.
    const contents = textOf(guide.shadowRoot!.querySelector('[part~="contents-heading"]'));
    expect(spoken).not.to.include(contents);
  });
});

describe('Listen: no control without a local voice or without speech synthesis', () => {
  afterEach(async () => {
    restore();
    await resetLanguage();
  });

  it('shows no Listen button when the only voices for the language are network voices', async () => {
    install([voice('Network English', 'en-US', false, true), voice('Local Spanish', 'es-MX')]);
    const el = await fixture(html`<iop-overview listen></iop-overview>`);
    expect(listenButton(el)).to.equal(null);
    expect(tools(el)).to.equal(null);
    // In Spanish there is a local voice: the button appears; back in English it goes, and
    // the empty row is not laid out (no stray margin).
    await setPageLanguage('es', 'es', el);
    expect(listenButton(el)).to.exist;
    await setPageLanguage('en', 'en', el);
    expect(listenButton(el)).to.equal(null);
    expect(getComputedStyle(tools(el)!).display).to.equal('none');
  });

  it('a widget without listen never touches speech synthesis', async () => {
    const synth = new FakeSynth([voice('Local English', 'en-US')]);
    let reads = 0;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      get: () => {
        reads++;
        return synth;
      },
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: FakeUtterance, configurable: true, writable: true});
    const box = await fixture(html`<div><iop-overview></iop-overview><program-checklist></program-checklist></div>`);
    await elementUpdated(box.lastElementChild!);
    expect(reads).to.equal(0);
    box.firstElementChild!.setAttribute('listen', '');
    await elementUpdated(box.firstElementChild!);
    expect(reads).to.be.greaterThan(0);
    expect(listenButton(box.firstElementChild!)).to.exist;
  });

  it('shows the button once the browser has loaded its voices (voiceschanged)', async () => {
    const synth = install([]);
    const el = await fixture(html`<iop-overview listen></iop-overview>`);
    expect(listenButton(el)).to.equal(null);
    synth.voices = [voice('Local English', 'en-US')];
    synth.dispatchEvent(new Event('voiceschanged'));
    await elementUpdated(el);
    expect(listenButton(el)).to.exist;
  });

  it('shows no Listen button where the browser has no speech synthesis; the handout stays', async () => {
    install(undefined);
    expect(window.speechSynthesis).to.equal(undefined);
    const el = await fixture(html`<program-checklist listen></program-checklist>`);
    expect(listenButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="handout-button"]')).to.exist;
  });
});
