// The printed handout, as a person gets it: the built script-tag bundle in a clinic's page,
// a click on "Print a handout", then Chromium's own print-to-PDF (page.pdf) in Letter and
// A4, in English, Spanish and Arabic. Checks one page, the checklist items, the phone
// numbers (text from pdftotext), and that the QR code decodes to the page's address
// (pdftoppm rasterizes the page, jsQR decodes it).
// Needs dist/ (npm run build) and poppler-utils (pdftotext, pdftoppm, pdfinfo; .ci/run
// installs them). Run: node --test tests/node/
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import jsQR from 'jsqr';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json'};
const tools = ['pdftotext', 'pdftoppm', 'pdfinfo'];
for (const tool of tools) {
  try {
    execFileSync(tool, ['-v'], {stdio: 'ignore'});
  } catch {
    throw new Error(`${tool} not found: install poppler-utils (Debian: apt-get install -y poppler-utils)`);
  }
}

/** A static server for the repository (the fixture page and dist/), on a free port. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Decodes the QR code in a PGM (P5) image of the page. */
function decodeQr(pgm) {
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(header, 'pdftoppm wrote a PGM image');
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const gray = pgm.subarray(text.length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = gray[i];
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data;
}

/**
 * Text for comparing with what pdftotext extracts: whitespace, bidi controls and Arabic
 * diacritics removed, presentation forms folded (NFKC). pdftotext writes each lam-alef
 * ligature (ﻻ, and with hamza or madda: ﻷ ﻹ ﻵ) as alef then lam ("الأدوية" comes out as
 * "األدوية"), so the letters of every run of lams and alefs are sorted: both orders
 * compare equal, and every other letter still has to be there, in order.
 */
const fold = (text) =>
  text
    .normalize('NFKC')
    .replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\p{Mn}/gu, '')
    .replace(/[\u0622\u0623\u0625\u0627\u0644]{2,}/g, (run) => [...run].sort().join(''));

// The fold itself: pdftotext's order of a lam-alef ligature matches, a different word does not.
assert.equal(fold('اسأل عن الأدوية'), fold('\u202bاسأل عن األدوية\u202c'));
assert.equal(fold('لاختيار العلاج'), fold('الختيار العالج'));
assert.notEqual(fold('الأدوية'), fold('الأدوات'));
assert.notEqual(fold('الأدوية'), fold('الادوية'));

describe('printed handout (page.pdf in Chromium)', () => {
  let server;
  let browser;
  let dir;
  before(async () => {
    server = await serve();
    browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
    dir = mkdtempSync(join(tmpdir(), 'iop-handout-'));
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  for (const lang of ['en', 'es', 'ar']) {
    for (const format of ['Letter', 'A4']) {
      it(`${lang}, ${format}: one page with the checklist, the phones and a QR code of the page`, async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        const url = `http://127.0.0.1:${server.address().port}/tests/fixtures/handout.html?lang=${lang}`;
        await page.goto(url);
        // The print dialog itself is the browser's; record the call instead of opening it.
        await page.evaluate(() => {
          window.print = () => {
            window.__printed = true;
          };
        });
        const checklist = page.locator('program-checklist').first();
        await checklist.locator('[part~="label"]').first().waitFor();
        await page.waitForFunction((want) => document.querySelector('program-checklist')?.getAttribute('lang') === want, lang);
        const titles = await checklist.locator('[part~="label"]').allTextContents();
        const heading = await checklist.locator('[part~="heading"]').textContent();
        assert.ok(titles.length >= 5, 'the checklist shows its steps');
        await checklist.locator('[part~="handout-button"]').click();
        await page.waitForFunction(() => window.__printed === true);

        const pdfPath = join(dir, `${lang}-${format}.pdf`);
        writeFileSync(pdfPath, await page.pdf({format}));
        await page.close();
        assert.deepEqual(errors, []);

        const info = execFileSync('pdfinfo', [pdfPath], {encoding: 'utf8'});
        assert.match(info, /^Pages:\s+1$/m, 'one page');
        const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
        const expected = format === 'A4' ? [595, 842] : [612, 792];
        assert.ok(Math.abs(size[1] - expected[0]) < 2 && Math.abs(size[2] - expected[1]) < 2, `${format} paper: ${size[0]}`);

        const text = fold(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], {encoding: 'utf8'}));
        assert.ok(text.includes(fold(heading)), `heading "${heading.trim()}" printed`);
        if (lang !== 'en') assert.ok(!text.includes(fold('Checklist for choosing a program')), 'translated');
        for (const title of titles) assert.ok(text.includes(fold(title)), `item "${title.trim()}" printed`);
        assert.ok(text.includes(fold('(555) 010-2345')), "the clinic's phone");
        assert.ok(text.includes(fold('Cedar Grove Recovery')), "the clinic's name");
        assert.ok(text.includes(fold('1-800-662-HELP (4357)')), 'the national helpline');
        assert.ok(text.includes('988') && text.includes('911'), '988 and 911');
        assert.ok(text.includes(fold(url)), 'the address as text');
        assert.ok(!text.includes(fold("A clinic's own page text")), 'only the handout is printed');

        execFileSync('pdftoppm', ['-r', '150', '-gray', pdfPath, join(dir, `${lang}-${format}`)]);
        const image = readdirSync(dir).find((name) => name.startsWith(`${lang}-${format}`) && name.endsWith('.pgm'));
        assert.equal(decodeQr(readFileSync(join(dir, image))), url, 'the QR code decodes to the page address');
      });
    }
  }
});
