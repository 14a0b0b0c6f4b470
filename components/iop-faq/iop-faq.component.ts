import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {faqEntries, faqIds, faqIntro, type FaqId} from '../../src/content/faq.js';
import {describe, listed, type ExtraItem, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {sourcesLine} from '../../src/internal/sources.js';
import {icon} from '../../src/internal/icons.js';
import {IopListElement, type ShownItem} from '../../src/internal/list-element.js';
import {warnOnce} from '../../src/internal/warn.js';
import {getLocale} from '../../src/localization.js';
import {faqStyles} from './iop-faq.styles.js';

/** Detail of `iop-faq-toggle`: the question's id and whether it is now open. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** Marks the JSON-LD script this element wrote into its light DOM. */
const LD_MARK = 'data-iop-faq-json-ld';
/** Set when the page blocked the script once (Trusted Types): no more tries on this page. */
let jsonLdBlocked = false;

/**
 * @tagname iop-faq
 * @summary The questions people ask about intensive outpatient programs, each a native
 * `<details>` disclosure with a short plain answer; optional schema.org `FAQPage` JSON-LD.
 *
 * Default item ids, in order: `what-is-iop`, `how-long`, `iop-vs-php`, `who-it-suits`,
 * `how-to-find`, `what-to-check`. A clinic's own `items` are questions (`label`) with
 * answers (`description`); an entry without an answer is skipped with a warning.
 *
 * With the `json-ld` attribute the element writes one
 * `<script type="application/ld+json">` child (light DOM) describing the questions that are
 * shown, in the current language, and keeps it up to date; it removes it when `json-ld` is
 * removed or the element leaves the page.
 *
 * @fires {FaqToggleDetail} iop-faq-toggle - A question opened or closed (by the reader or by `expanded`).
 *   `detail: {id: string, open: boolean}`; bubbles and is composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart list - The wrapper around the questions.
 * @csspart item - Each `<details>`; a clinic's own questions also have the part `custom-item`.
 * @csspart question - The `<summary>` a reader clicks or presses Enter/Space on.
 * @csspart marker - The decorative chevron in the question (turns when open).
 * @csspart answer - The answer under an open question.
 * @csspart sources - The line naming the published sources, with their links.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-color-accent] - Marker colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Border between questions (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Background of an open question (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopFaq extends IopListElement<FaqId> {
  static override styles = [...IopListElement.styles, faqStyles];

  /** Opens every answer (and closes them all when removed). Readers can still toggle each. */
  @property({type: Boolean, reflect: true})
  expanded = false;

  /** Writes schema.org `FAQPage` JSON-LD for search engines into the element's light DOM. */
  @property({type: Boolean, attribute: 'json-ld', reflect: true})
  jsonLd = false;

  protected readonly knownIds = faqIds;

  /** The questions of the last render, for the JSON-LD. */
  private shown: ShownItem[] = [];
  private ldScript: HTMLScriptElement | undefined;
  private ldText = '';

  /**
   * The FAQ needs an answer for every question: the clinic's `items` without a
   * `description` are dropped here, reported in the same single warning as any other
   * problem with that value.
   */
  protected override checked<T>(attribute: string, parsed: Parsed<T>): T {
    if (attribute !== 'items') return super.checked(attribute, parsed);
    const items = parsed.value as unknown as ExtraItem[];
    const answered = items.filter((item) => item.description);
    const unanswered = items.filter((item) => !item.description).map((item) => `"${describe(item.label)}"`);
    const problems = [parsed.problem];
    if (unanswered.length > 0) {
      problems.push(`skipped ${listed(unanswered)}: every question needs a text "description" (its answer)`);
    }
    return super.checked('items', {value: answered, problem: problems.filter(Boolean).join('; ') || undefined}) as T;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: write the JSON-LD again on the next update.
    this.ldText = '';
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeJsonLd();
  }

  protected override render() {
    this.shown = this.shownItems(faqEntries());
    return html`
      <div part="base">
        ${heading(this.level, faqIntro().heading)}
        ${this.renderDisclaimer()}
        <div part="list">
          ${repeat(
            this.shown,
            (item) => item.id,
            (item) => html`
              <details
                part=${item.custom ? 'item custom-item' : 'item'}
                data-id=${item.id}
                lang=${(item.custom && this.pageLang) || nothing}
                ?open=${this.expanded}
                @toggle=${this.onToggle}
              >
                <summary part="question">${icon('chevron', 'marker')}<span>${item.title}</span></summary>
                <div part="answer">${item.description}</div>
              </details>
            `,
          )}
        </div>
        ${sourcesLine(['samhsa', 'mccarty', 'medicines'])}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Compared as text, so a locale change, new items or include all refresh it.
    if (this.jsonLd && this.isConnected) this.writeJsonLd();
    else this.removeJsonLd();
  }

  private onToggle(event: Event) {
    const details = event.currentTarget as HTMLDetailsElement;
    this.dispatchEvent(
      new CustomEvent<FaqToggleDetail>('iop-faq-toggle', {
        detail: {id: details.dataset['id'] ?? '', open: details.open},
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * The FAQPage JSON-LD of the questions shown by the last render, as script text. The
   * server renderer (src/ssr.ts) writes it into its output as the same light-DOM script.
   */
  jsonLdText(): string {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: getLocale(),
      mainEntity: this.shown.map((item) => ({
        '@type': 'Question',
        name: item.title,
        acceptedAnswer: {'@type': 'Answer', text: item.description},
      })),
    };
    // `<` escaped so "</script>" or "<!--" in a clinic's text cannot end the script.
    return JSON.stringify(data).replace(/</g, '\\u003c');
  }

  private writeJsonLd() {
    const text = this.jsonLdText();
    if (jsonLdBlocked || (text === this.ldText && this.ldScript?.parentNode === this)) return;
    try {
      // A copy made with cloneNode(true) may carry another element's script: keep one.
      for (const old of this.querySelectorAll(`:scope > script[${LD_MARK}]`)) {
        if (old !== this.ldScript) old.remove();
      }
      const script = this.ldScript ?? document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(LD_MARK, '');
      // A Trusted Types sink: under `require-trusted-types-for 'script'` this throws.
      script.textContent = text;
      if (script.parentNode !== this) this.append(script);
      this.ldScript = script;
      this.ldText = text;
    } catch (error) {
      jsonLdBlocked = true;
      this.removeJsonLd();
      warnOnce(
        'iop-faq:json-ld',
        `<${this.localName}> json-ld: the page blocked the structured data script ` +
          `(${error instanceof Error ? error.name : 'error'}, often Trusted Types); ` +
          'the questions still show. Add the FAQPage JSON-LD to your page yourself, or remove json-ld.',
      );
    }
  }

  private removeJsonLd() {
    this.ldScript?.remove();
    this.ldScript = undefined;
    this.ldText = '';
  }
}
