// Finds a Chromium or Chrome binary for the browser tests and the benchmark:
// CHROME_PATH first, then the usual install paths. Exits with a clear message if none.
import {existsSync} from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

export function findChrome() {
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  console.error(
    '\n[iop-widgets] No Chromium or Chrome found for the browser tests.\n' +
      '  Install one (Debian/Ubuntu: sudo apt-get install -y chromium)\n' +
      '  or point CHROME_PATH at the browser binary, e.g. CHROME_PATH=/path/to/chrome npm test\n' +
      `  Looked in: ${candidates.join(', ')}\n`,
  );
  process.exit(1);
}

/** Flags for headless Chromium on CI and offline machines (and as root). */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test files run side by side in tabs: keep background tabs' timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
