/** Helpers for integration tests that load a fixture page into an iframe, as a clinic's page. */

export interface Recorded {
  errors: string[];
  warnings: string[];
  violations: string[];
  infos?: string[];
}

export interface Page {
  frame: HTMLIFrameElement;
  window: Window & {__record: Recorded; __loaded?: Promise<boolean>; __module?: Record<string, unknown>};
  document: Document;
}

export async function openPage(url: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return {frame, window: frame.contentWindow as Page['window'], document: frame.contentDocument!};
}

/** Polls until `condition()` is truthy (or fails the test after `timeout` ms). */
export async function until<T>(condition: () => T, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element | null): string {
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resource URLs the page fetched (scripts, chunks), without the origin. */
export function fetched(page: Page): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname);
}

/** Gzipped size of a response body, measured with the browser's own CompressionStream. */
export async function gzipSize(url: string): Promise<{raw: number; gzip: number}> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const compressed = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  const gzip = (await new Response(compressed).arrayBuffer()).byteLength;
  return {raw: bytes.byteLength, gzip};
}
