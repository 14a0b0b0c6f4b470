import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {crisisLine, crisisText, helplineText, samhsaHelpline, samhsaText} from '../../src/content/help.js';
import {describe, parseShortText} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {icon} from '../../src/internal/icons.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {parsePhone, phoneProblem, unlinkedPhone, type Phone} from '../../src/internal/sanitize.js';
import {helplineStyles} from './iop-helpline.styles.js';

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * @tagname iop-helpline
 * @summary "Help is a phone call away": a large tap-to-call link to the clinic's phone
 * (with its hours), or, without a usable `phone`, to the SAMHSA National Helpline with its
 * facts (free, confidential, 24/7, English and Spanish, TTY). Always ends with a short
 * line on the 988 Suicide & Crisis Lifeline (call or text) and 911 for emergencies.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The encouraging sentence under the heading.
 * @csspart call - The large call link (`tel:`), styled like a button.
 * @csspart icon - The decorative phone icon in the call link.
 * @csspart call-label - The call link's text ("Call us", the clinic's `label`, or "Call the SAMHSA National Helpline").
 * @csspart number - The phone number as shown in the call link.
 * @csspart unlinked-phone - The clinic's phone as plain text when it cannot be dialled exactly (one warning says why).
 * @csspart hours - The clinic's hours line (only with `phone` and `hours`).
 * @csspart hours-label - The "Hours:" label in that line.
 * @csspart facts - The SAMHSA helpline facts (only without a clinic phone).
 * @csspart tty - The SAMHSA TTY line (only without a clinic phone).
 * @csspart crisis - The box with the 988 and 911 lines.
 * @csspart crisis-links - The `<ul>` with "Call 988" and "Text 988".
 * @csspart crisis-link - Each of those two links.
 * @csspart emergency - The 911 line.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-color-accent] - Fill of the call button and edge of the 988 box. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-on-accent] - Text and icon colour on the call button (default: white or black, whichever suits the accent).
 * @cssprop [--iop-color-control-border] - Border of the 988 links (defaults to the text colour at 60%, 3:1 on light and dark pages).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-link] - Link colour (defaults to the accent).
 * @cssprop [--iop-color-focus] - Focus outline colour (defaults to the text colour; on the call button, its text colour).
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopHelpline extends IopElement {
  static override styles = [...IopElement.styles, helplineStyles];

  /**
   * The clinic's phone number as people should see it, e.g. `(555) 123-4567` or
   * `+1 555-123-4567` (letters of a vanity number work too). Without a usable number
   * the widget shows the SAMHSA National Helpline.
   */
  @property()
  phone: string | null = null;

  /** The call link's text, e.g. "Call Cedar Grove Recovery". Written by the clinic, not translated. */
  @property()
  label: string | null = null;

  /** The clinic's opening hours as free text, e.g. "Mon–Fri 8am–8pm". Not translated. */
  @property()
  hours: string | null = null;

  private clinicPhone: Phone | undefined;
  private refusedPhone: string | undefined;
  private labelText: string | undefined;
  private hoursText: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('phone')) {
      const raw: unknown = this.phone;
      this.clinicPhone = blank(raw) ? undefined : parsePhone(raw);
      this.refusedPhone = undefined;
      if (!blank(raw) && !this.clinicPhone) {
        // Never the national line as if it were the clinic's: the clinic's text unlinked, then the labelled national line.
        this.refusedPhone = unlinkedPhone(raw);
        this.warnAttribute('phone', `"${describe(raw)}" ${phoneProblem(`showing ${this.refusedPhone ? 'it unlinked and ' : ''}the SAMHSA line`)}`);
      }
    }
    if (changed.has('label')) this.labelText = this.clinicText('label', this.label);
    if (changed.has('hours')) this.hoursText = this.clinicText('hours', this.hours, 120);
  }

  /** Parses a clinic text; warns when it is set without a phone it could belong to. */
  private clinicText(attribute: 'label' | 'hours', value: unknown, max = 80): string | undefined {
    const parsed = parseShortText(value, max);
    if (parsed.value !== undefined && !parsed.problem && blank(this.phone)) {
      this.warnAttribute(attribute, 'is only shown with the clinic’s phone; set phone="…" too');
    }
    return this.checked(attribute, parsed);
  }

  protected override render() {
    const text = helplineText();
    const crisis = crisisText();
    const phone = this.clinicPhone;
    return html`
      <div part="base">
        ${heading(this.level, text.heading)}
        ${this.renderDisclaimer(false)}
        <p part="intro">${text.lead}</p>
        ${phone
          ? html`
              ${this.callLink(phone.href, this.labelText ?? text.callUs, phone.display, this.labelText ? this.pageLang : undefined)}
              ${this.hoursText
                ? html`<p part="hours"><span part="hours-label">${text.hours}</span>${' '}<span lang=${this.pageLang ?? nothing} dir="auto">${this.hoursText}</span></p>`
                : nothing}
            `
          : html`${this.refusedPhone
              ? html`<p part="unlinked-phone"><bdi>${this.labelText ?? text.callUs}</bdi>&#32;<bdi dir="ltr">${this.refusedPhone}</bdi></p>${this.hoursText
                ? html`<p part="hours"><span part="hours-label">${text.hours}</span> ${this.hoursText}</p>`
                : nothing}`
              : nothing}${this.national()}`}
        <div part="crisis">
          <p>${crisis.lead}</p>
          <ul part="crisis-links" role="list">
            <li><a part="crisis-link" class="control" href=${crisisLine.call}>${crisis.call}</a></li>
            <li><a part="crisis-link" class="control" href=${crisisLine.text}>${crisis.text}</a></li>
          </ul>
          <p part="emergency">${crisis.emergency}</p>
        </div>
      </div>
    `;
  }

  private national() {
    const samhsa = samhsaText();
    return html`
      ${this.callLink(samhsaHelpline.phone.href, samhsa.call, samhsaHelpline.phone.display)}
      <p part="facts">${samhsa.about}</p>
      <p part="tty">${samhsa.tty} <a href=${samhsaHelpline.tty.href}><bdi dir="ltr">${samhsaHelpline.tty.display}</bdi></a></p>
    `;
  }

  private callLink(href: string, label: string, number: string, lang?: string) {
    return html`<p>
      <a part="call" class="primary" href=${href}>
        ${icon('phone')}
        <span>
          <span part="call-label" lang=${lang ?? nothing}>${label}</span>
          <bdi part="number" dir="ltr">${number}</bdi>
        </span>
      </a>
    </p>`;
  }
}
