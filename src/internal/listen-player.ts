/**
 * Reads a widget's visible text aloud, one sentence at a time, with the browser's own
 * speech synthesis and a voice on the device; highlights the sentence being read.
 * Loaded on the first press of "Listen" (see ./reader-tools.ts).
 */
import type {Player} from './reader-tools.js';

/** Highlight name: style it with `::highlight(iop-listen)` (the widgets' base styles do). */
export const HIGHLIGHT = 'iop-listen';

export interface Sentence {
  text: string;
  range: Range;
  block: Element;
}

/** Elements whose text is not read: the contents list (a repeat of the headings), code, hidden helpers. */
const SKIP = /^(nav|style|script|template|svg)$/i;

function visible(element: Element): boolean {
  return (
    !SKIP.test(element.localName) &&
    !element.classList.contains('visually-hidden') &&
    element.checkVisibility?.({visibilityProperty: true} as CheckVisibilityOptions) !== false
  );
}

/** The visible text nodes under `root`, in reading order, entering shadow roots and slots. */
function textNodes(root: Node, skip: Element, out: Text[] = []): Text[] {
  const assigned = root instanceof HTMLSlotElement ? root.assignedNodes({flatten: true}) : [];
  const children = assigned.length > 0 ? assigned : [...((root as Element).shadowRoot ?? root).childNodes];
  for (const node of children) {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.trim()) out.push(node as Text);
    } else if (node instanceof Element && node !== skip && visible(node)) {
      textNodes(node, skip, out);
    }
  }
  return out;
}

/** The nearest ancestor that is not laid out inline: text in one block is read as one run. */
function blockOf(node: Text): Element {
  let element = node.parentElement!;
  while (element.parentElement && getComputedStyle(element).display.startsWith('inline')) {
    element = element.parentElement;
  }
  return element;
}

function segments(text: string, lang: string): Array<{index: number; segment: string}> {
  try {
    return [...new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text)];
  } catch {
    return [{index: 0, segment: text}];
  }
}

/** The sentences of the visible text under `root` (skipping `skip`, the tools), in order. */
export function sentences(root: Node, skip: Element, lang: string): Sentence[] {
  const result: Sentence[] = [];
  const nodes = textNodes(root, skip).filter((node) => node.parentElement);
  for (let i = 0; i < nodes.length; ) {
    const block = blockOf(nodes[i]);
    // One run: the text nodes of this block, with their offsets in the joined text.
    const run: Array<{node: Text; start: number}> = [];
    let text = '';
    for (; i < nodes.length && blockOf(nodes[i]) === block; i++) {
      const node = nodes[i];
      // Two elements side by side ("Title" "Help text") get a space between them.
      if (text && !/\s$/.test(text) && !/^\s/.test(node.data)) text += ' ';
      run.push({node, start: text.length});
      text += node.data;
    }
    const at = (offset: number, end: boolean): [Text, number] => {
      let spot = run[0];
      for (const part of run) if (part.start < offset || (!end && part.start === offset)) spot = part;
      return [spot.node, Math.min(Math.max(offset - spot.start, 0), spot.node.data.length)];
    };
    for (const {index, segment} of segments(text, lang)) {
      const spoken = segment.replace(/\s+/g, ' ').trim();
      if (!spoken) continue;
      const start = index + segment.search(/\S/);
      const end = index + segment.trimEnd().length;
      const range = new Range();
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
      result.push({text: spoken, range, block});
    }
  }
  return result;
}

function mark(sentence?: Sentence, previous?: Sentence): void {
  const highlights = globalThis.CSS?.highlights;
  if (highlights) {
    if (sentence) highlights.set(HIGHLIGHT, new Highlight(sentence.range));
    else highlights.delete(HIGHLIGHT);
  } else {
    // Without the Custom Highlight API: a class on the block being read.
    previous?.block.classList.remove('iop-reading');
    sentence?.block.classList.add('iop-reading');
  }
}

/** Starts reading; `done` runs when the text ends or the speech engine fails (not after `stop()`). */
export function play(root: Node, skip: Element, voice: SpeechSynthesisVoice, lang: string, done: () => void): Player {
  const speech = globalThis.speechSynthesis;
  const list = sentences(root, skip, lang);
  let index = 0;
  let stopped = false;
  let shown: Sentence | undefined;
  const show = (sentence?: Sentence) => {
    mark(sentence, shown);
    shown = sentence;
  };
  const finish = () => {
    if (stopped) return;
    stopped = true;
    show();
    done();
  };
  const next = () => {
    if (stopped) return;
    const sentence = list[index++];
    if (!sentence) return finish();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', next);
    utterance.addEventListener('error', finish);
    show(sentence);
    speech.speak(utterance);
  };
  // A reading elsewhere on the page, or one left paused, would hold the queue.
  speech.cancel();
  speech.resume();
  next();
  return {
    pause: () => speech.pause(),
    resume: () => speech.resume(),
    stop: () => {
      if (stopped) return;
      stopped = true;
      show();
      speech.cancel();
    },
  };
}
