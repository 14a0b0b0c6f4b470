import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {
  exampleDayCount,
  exampleWeekDays,
  formatNumber,
  scheduleDefaults,
  scheduleIntro,
  hoursFitIop,
  scheduleLabels,
  scheduleLimits,
  scheduleSentences,
  scheduleTrackIds,
  type ScheduleHours,
  type ScheduleFacts,
  type ScheduleTrack,
} from '../../src/content/schedule.js';
import {describe, parseWordList, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {icon} from '../../src/internal/icons.js';
import {formatWeekdays} from '../../src/internal/format.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {scheduleStyles} from './iop-schedule.styles.js';

/** Week boxes drawn before the picture shortens to "1 … 14 … N". */
const MAX_WEEK_BOXES = 16;

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const HOURS_PATTERN = new RegExp(String.raw`^(${NUMBER})(?:\s*[-–—]\s*(${NUMBER}))?$`);

/** Parses `weeks`: a whole number from 1 to 52. Never throws. */
export function parseWeeks(input: unknown): Parsed<number> {
  const fallback = scheduleDefaults.weeks;
  if (input === undefined || input === null || input === '') return {value: fallback};
  const {min, max} = scheduleLimits.weeks;
  const value =
    typeof input === 'number' ? input : typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    return {value: fallback, problem: `"${describe(input)}" is not a whole number from ${min} to ${max}; using ${fallback}`};
  }
  return {value};
}

/** Parses `hours`: a number ("10") or a range ("9-12", "9–12") from 1 to 40. Never throws. */
export function parseHours(input: unknown): Parsed<ScheduleHours> {
  const fallback = {...scheduleDefaults.hours};
  if (input === undefined || input === null || input === '') return {value: fallback};
  const {min: low, max: high} = scheduleLimits.hours;
  const using = `using ${fallback.min}–${fallback.max}`;
  let range: ScheduleHours | undefined;
  if (typeof input === 'number') {
    range = {min: input, max: input};
  } else if (typeof input === 'string') {
    const match = HOURS_PATTERN.exec(input.trim());
    if (match) range = {min: Number(match[1]), max: Number(match[2] ?? match[1])};
  }
  if (!range || !Number.isFinite(range.min) || !Number.isFinite(range.max)) {
    return {value: fallback, problem: `"${describe(input)}" is not a number or a range like "10" or "9-12"; ${using}`};
  }
  if (range.min < low || range.max > high) {
    return {value: fallback, problem: `"${describe(input)}" is outside ${low} to ${high} hours a week; ${using}`};
  }
  if (range.min > range.max) {
    return {value: fallback, problem: `"${describe(input)}" starts higher than it ends; ${using}`};
  }
  return {value: range};
}

/**
 * @tagname iop-schedule
 * @summary A picture of a typical intensive outpatient program: about 12 weeks, 10 to 12
 * hours a week, sessions on several days, day or evening tracks, weeks that can be
 * added. The picture is hidden from screen readers; a list under it says the same facts.
 *
 * Track ids: `day`, `evening`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentence before the picture.
 * @csspart warning - Shown when `hours` is outside 9–19 a week (the adult IOP range): this may be a different level of care.
 * @csspart picture - The drawing (weeks and example week), `aria-hidden`.
 * @csspart weeks - The row of week boxes.
 * @csspart week - One week box; the dashed "more if needed" box also has the part `more`, the "…" box `gap`.
 * @csspart hours - The "10–12 hours a week" label in the picture.
 * @csspart example - The example week (caption and grid).
 * @csspart session - A filled day in the example week; also `day` or `evening`.
 * @csspart facts - The `<ul>` that says everything the picture shows, in sentences.
 * @csspart fact - One `<li>` of that list.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-color-accent] - Colour of week boxes, sessions and icons. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Border of empty boxes (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Background of the picture (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopSchedule extends IopElement {
  static override styles = [...IopElement.styles, scheduleStyles];

  /** Typical length in weeks, a whole number from 1 to 52. Defaults to 12. */
  @property({attribute: 'weeks'})
  weeks: number | string = scheduleDefaults.weeks;

  /** Hours of treatment a week: a number ("10") or a range ("9-12"), 1 to 40. Defaults to "10-12". */
  @property({attribute: 'hours'})
  hours: number | string = '10-12';

  /** The tracks offered, `day` and/or `evening`, separated by spaces or commas. Defaults to both. */
  @property({attribute: 'tracks'})
  tracks: string | string[] = 'day evening';

  private facts: ScheduleFacts = {
    weeks: scheduleDefaults.weeks,
    hours: {...scheduleDefaults.hours},
    tracks: [...scheduleDefaults.tracks],
    exampleDays: exampleDayCount(scheduleDefaults.hours),
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const facts = {...this.facts};
    if (changed.has('weeks')) facts.weeks = this.checked('weeks', parseWeeks(this.weeks));
    if (changed.has('hours')) {
      facts.hours = this.checked('hours', parseHours(this.hours));
      if (!hoursFitIop(facts.hours)) {
        this.warnAttribute('hours', 'is outside 9–19 a week, the adult IOP range; showing a note');
      }
    }
    if (changed.has('tracks')) {
      const picked = this.checked('tracks', parseWordList(this.tracks, scheduleTrackIds, scheduleDefaults.tracks));
      facts.tracks = scheduleTrackIds.filter((track) => picked.includes(track));
    }
    facts.exampleDays = exampleDayCount(facts.hours);
    this.facts = facts;
  }

  protected override render() {
    const fits = hoursFitIop(this.facts.hours);
    const intro = scheduleIntro(fits);
    return html`
      <div part="base">
        ${heading(this.level, intro.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${intro.lead}</p>
        ${fits ? nothing : html`<p part="warning" role="note">${intro.warning}</p>`}
        ${this.renderPicture()}
        <ul part="facts" role="list">
          ${scheduleSentences(this.facts).map((sentence) => html`<li part="fact">${sentence}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderPicture() {
    const {weeks, tracks, exampleDays} = this.facts;
    const labels = scheduleLabels(this.facts);
    const shown =
      weeks <= MAX_WEEK_BOXES
        ? Array.from({length: weeks}, (_, index) => index + 1)
        : [...Array.from({length: MAX_WEEK_BOXES - 2}, (_, index) => index + 1), 0, weeks];
    const days = exampleWeekDays(exampleDays);
    const names = formatWeekdays();
    const narrowNames = formatWeekdays('narrow');
    const row = (track: ScheduleTrack) => html`
      <span class="track">${icon(track === 'day' ? 'sun' : 'moon')}${track === 'day' ? labels.day : labels.evening}</span>
      ${names.map((_, day) =>
        days.includes(day)
          ? html`<span part="session ${track}" class="cell session">${icon(track === 'day' ? 'sun' : 'moon')}</span>`
          : html`<span class="cell"></span>`,
      )}
    `;
    return html`
      <div part="picture" aria-hidden="true">
        <div class="caption">
          <span>${labels.weeks}</span>
          <span part="hours" class="hours">${icon('clock')}${labels.hours}</span>
        </div>
        <div part="weeks" class="weeks">
          ${shown.map((week) =>
            week === 0
              ? html`<span part="week gap" class="box gap">…</span>`
              : html`<span part="week" class="box">${formatNumber(week)}</span>`,
          )}
          <span part="week more" class="box more">${icon('plus')}</span>
          <span class="more-label">${labels.more}</span>
        </div>
        <div part="example" class="example">
          <div class="caption">${icon('calendar')}<span>${labels.example}</span></div>
          <div class="grid">
            <span class="corner"></span>
            ${names.map((name, day) => html`<span class="weekday"><span class="wide">${name}</span><span class="narrow">${narrowNames[day]}</span></span>`)}
            ${tracks.map(
              (track, index) => html`${index > 0 ? html`<span class="or">${labels.or}</span>` : null}${row(track)}`,
            )}
          </div>
        </div>
      </div>
    `;
  }
}
