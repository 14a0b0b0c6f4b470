import {css, html, nothing, render, svg, type ReactiveController, type ReactiveElement} from 'lit';
import {toolsText} from '../content/tools.js';
import {getLocale, matchLocale} from '../localization.js';
import {parsePhone, type Phone} from './sanitize.js';
import {warn} from './warn.js';

/**
 * The reader tools above a widget: "Listen" (reads the widget's visible text aloud with
 * the browser's own speech synthesis) and "Print a handout". Only the buttons live here;
 * the reading (./listen-player.ts) and the handout (./handout.ts, with its QR encoder)
 * are separate modules loaded on first use.
 */

/** What the printed handout shows (see ./handout.ts). */
export interface HandoutData {
  /** The checklist's items, in display order. */
  items: Array<{id: string; title: string}>;
  /** The clinic's or program's name, phone and hours, when set. */
  name?: string;
  phone?: Phone;
  hours?: string;
}

/** What a widget tells its tools. */
export interface ToolsHost extends ReactiveElement {
  /** Whether the widget offers "Listen" (its `listen` attribute). */
  listenOn(): boolean;
  /** The handout's content, or undefined when the widget offers no handout. */
  handoutData(): HandoutData | undefined;
}

/** The reading in progress (./listen-player.ts). */
export interface Player {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** `on`, `''` and any other value turn a switch on; `off` and `false` turn it off; no attribute → the default. */
export function isOn(value: unknown, byDefault: boolean): boolean {
  if (typeof value !== 'string') return byDefault; // unset, or a framework's non-text value
  return !/^\s*(off|false)\s*$/i.test(value);
}

/** A widget with a handout: `handout` (on unless `off`) and the clinic's details. */
interface HandoutSource {
  handout: string | null;
  programName: string | null;
  phone: string | null;
  hours: string | null;
}

/** The handout's content for a widget's items and clinic details, or undefined with `handout="off"`. */
export function handoutOf(source: HandoutSource, items: HandoutData['items']): HandoutData | undefined {
  if (!isOn(source.handout, true)) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
  const phone = text(source.phone);
  return {items, name: text(source.programName), phone: phone ? parsePhone(phone) : undefined, hours: text(source.hours)};
}

/**
 * A voice that runs on this device (`localService`) for a shipped locale, or undefined.
 * Voice languages are BCP 47 tags (`es-MX`, `zh-TW`, `cmn-Hant-TW`, `yue-HK`, `fil-PH`,
 * `ar_SA` on Android); each maps to a locale the way a page language does.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: string): SpeechSynthesisVoice | undefined {
  const fit = voices.filter(
    (voice) => voice.localService && matchLocale(String(voice.lang).replace(/^(cmn|yue)(?=$|[-_])/i, 'zh')) === locale,
  );
  return fit.find((voice) => voice.default) ?? fit[0];
}

const synth = (): SpeechSynthesis | undefined =>
  typeof SpeechSynthesisUtterance === 'function' ? globalThis.speechSynthesis : undefined;

/** The tools' styles, part of every widget's styles; `::highlight(iop-listen)` paints the sentence being read. */
export const toolsStyles = css`
  .iop-tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .iop-tools:empty {
    display: none;
  }

  .iop-tools button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding: 0.25em 0.8em;
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: transparent;
    /* A control's own 3:1 border on light and dark pages (WCAG 1.4.11). */
    border: 1px solid var(--_control);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .iop-tools [aria-pressed='true'] {
    background: var(--_surface);
    box-shadow: inset 0 0 0 2px currentColor;
  }

  ::highlight(iop-listen),
  .iop-reading {
    background-color: Mark;
    color: MarkText;
  }

  @media print {
    .iop-tools {
      display: none;
    }
  }
`;

/** The one reading on the page: starting another stops it (speech synthesis is page-wide). */
let current: (() => void) | undefined;

const speaker = svg`<path d="M4 9v6h4l5 4V5L8 9zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12"/>`;
const printer = svg`<path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z"/>`;
const glyph = (paths: unknown) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${paths}</svg>`;

const handoutButton = (label: string, print?: () => void) =>
  html`<button type="button" part="handout-button" @click=${print}>${glyph(printer)}${label}</button>`;

/**
 * What the server renders at the start of the shadow root (src/ssr.ts): the same row the
 * browser adds, so hydration shifts nothing (the controller takes it over). No "Listen":
 * the server cannot know the reader's voices.
 */
export function serverTools(host: ToolsHost) {
  return host.handoutData() ? html`<div class="iop-tools" part="tools">${handoutButton(toolsText().handout)}</div>` : undefined;
}

/** Renders the tools into a `<div part="tools">` at the start of the widget's shadow root. */
export class ReaderTools implements ReactiveController {
  private box?: HTMLElement;
  /** 0 idle, 1 reading, 2 paused. */
  private state: 0 | 1 | 2 = 0;
  private player?: Player;
  private lang = '';
  private watching = false;
  private readonly halt = () => this.stop();

  constructor(private readonly host: ToolsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // On the shadow root: focus moving inside it never reaches the host (same retargeted target).
    this.host.renderRoot.addEventListener('focusin', this.onFocus as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.onFocus as EventListener);
    if (this.watching) synth()?.removeEventListener?.('voiceschanged', this.onVoices);
    this.watching = false;
    this.stop();
  }

  hostUpdated(): void {
    // A widget taken off the page (its note handed on) has nothing to show or read.
    if (!this.host.isConnected) return;
    if (this.state && getLocale() !== this.lang) this.stop();
    else this.draw();
  }

  /** Renders the buttons for the current state (no update of the widget itself). */
  private draw(): void {
    const voice = this.voice();
    const handout = this.host.handoutData();
    if (!voice && !handout && !this.box) return;
    if (!this.box) {
      // A server-rendered row (serverTools) is taken over in place: emptied and redrawn.
      const first = (this.host.renderRoot as ParentNode).firstElementChild;
      const server = first?.matches('.iop-tools[part="tools"]') ? (first as HTMLElement) : undefined;
      server?.replaceChildren();
      this.box = server ?? document.createElement('div');
      this.box.className = 'iop-tools';
      this.box.setAttribute('part', 'tools');
      this.box.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && this.state) this.stop(true);
      });
      if (!server) this.host.renderRoot.prepend(this.box);
    }
    const text = toolsText();
    render(
      html`${voice
        ? html`<button type="button" part="listen-button" aria-pressed=${this.state === 1 ? 'true' : 'false'}
              @click=${this.toggle}>${glyph(speaker)}${text.listen}</button>${this.state
              ? html`<button type="button" part="stop-button" @click=${() => this.stop(true)}>${text.stop}</button>`
              : nothing}`
        : nothing}${handout ? handoutButton(text.handout, this.print) : nothing}`,
      this.box,
      {host: this},
    );
  }

  /** A widget without `listen` never touches speech synthesis. */
  private voice(): SpeechSynthesisVoice | undefined {
    const speech = this.host.listenOn() ? synth() : undefined;
    if (speech && !this.watching) {
      // Browsers often load their voices after the page: show the button when they arrive.
      speech.addEventListener?.('voiceschanged', this.onVoices);
      this.watching = true;
    }
    try {
      return speech ? pickVoice(speech.getVoices(), getLocale()) : undefined;
    } catch {
      return undefined;
    }
  }

  private readonly onVoices = () => this.host.requestUpdate();

  /** Focus moving into the text (a screen reader, a link, a checkbox) stops the reading. */
  private readonly onFocus = (event: FocusEvent) => {
    if (this.state && this.box && !event.composedPath().includes(this.box)) this.stop();
  };

  private set(state: 0 | 1 | 2): void {
    this.state = state;
    this.draw();
  }

  private async toggle(): Promise<void> {
    if (this.state === 1) {
      this.player?.pause();
      return this.set(2);
    }
    if (this.state === 2) {
      this.player?.resume();
      return this.set(1);
    }
    const voice = this.voice();
    if (!voice) return;
    current?.();
    current = this.halt;
    this.lang = getLocale();
    this.set(1);
    try {
      const {play} = await import('./listen-player.js');
      if (current !== this.halt || !this.state) return;
      this.player = play(this.host.renderRoot, this.box!, voice, this.lang, () => {
        this.player = undefined;
        if (current === this.halt) current = undefined;
        this.set(0);
      });
    } catch (error) {
      warn(`could not read aloud (${String(error)}).`);
      this.set(0);
    }
  }

  /** Stops reading; `refocus` puts focus back on "Listen" when "Stop" (which disappears) had it. */
  stop(refocus = false): void {
    if (!this.state) return;
    this.player?.stop();
    this.player = undefined;
    if (current === this.halt) current = undefined;
    this.set(0);
    if (refocus) this.box?.querySelector<HTMLElement>('[part~="listen-button"]')?.focus();
  }

  private async print(): Promise<void> {
    const data = this.host.handoutData();
    if (!data) return;
    try {
      const {printHandout} = await import('./handout.js');
      await printHandout(data, getLocale());
    } catch (error) {
      warn(`could not print the handout (${String(error)}).`);
    }
  }
}
