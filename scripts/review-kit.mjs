// The translator review kit (docs/translation-review.md).
//   npm run review-kit -- <locale>            writes review/<locale>.html (bilingual page: every
//                                             message side by side, its translator note, where it
//                                             appears, the glossary) and review/<locale>.xlf (the
//                                             file the translator corrects and sends back)
//   npm run review-kit -- import <locale> <returned.xlf> [--reviewer "Name, credential"] [--date YYYY-MM-DD]
//                                             copies the corrected targets into locales/<locale>.xlf;
//                                             with --reviewer, marks the locale reviewed in
//                                             locales/status.json (reviewer and date)
// Reads only files in this repository; writes only under review/ (and, for import, locales/).
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const statusFile = 'locales/status.json';
const status = JSON.parse(readFileSync(statusFile, 'utf8'));
const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8')).concepts;
const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const PLACEHOLDER = /<x id="([^"]*)" equiv-text="([^"]*)"\/>/g;
const unescapeXml = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fail(message) {
  console.error(`review-kit: ${message}`);
  process.exit(1);
}

function units(xml) {
  return [...xml.matchAll(UNIT)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    note: unescapeXml(/<note[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? ''),
  }));
}

/** A message as readable text; placeholders become a visible {…} marker. */
function readable(xml) {
  return unescapeXml(xml.replace(PLACEHOLDER, (_, __, expr) => `⟦${unescapeXml(expr).replace(/^\$\{|\}$/g, '')}⟧`));
}

/** Where each message id is used: the source files that call msg() with it, and their elements. */
function usage() {
  const files = [
    ...readdirSync('src/content').map((name) => join('src/content', name)),
    ...readdirSync('components').flatMap((dir) => readdirSync(join('components', dir)).map((name) => join('components', dir, name))),
  ].filter((file) => file.endsWith('.ts'));
  const found = new Map();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/id: '([^']+)'/g)) {
      if (!found.has(match[1])) found.set(match[1], file);
    }
  }
  return found;
}

/** Elements that show a message, from its id (the id's first part names the content). */
const elements = {
  overview: '<iop-overview>, <iop-guide>',
  services: '<iop-services-list>, <iop-guide>',
  schedule: '<iop-schedule>, <iop-guide>',
  benefits: '<iop-benefits>, <iop-guide>',
  levels: '<iop-vs-php-table>, <iop-guide>',
  checklist: '<program-checklist>, <iop-guide>',
  find: '<iop-find-guide>, <iop-guide>',
  help: '<iop-helpline>, <iop-find-guide>, the page note (first widget on a page), <iop-guide>',
  helpline: '<iop-helpline>, <iop-guide>',
  faq: '<iop-faq>, <iop-guide>',
  'program-card': '<iop-program-card>, <iop-guide> (with program-name)',
  guide: '<iop-guide>',
  disclaimer: 'the page note (first widget on a page)',
  sources: 'the "Sources:" line of several widgets',
};

function kit(locale) {
  if (!config.targetLocales.includes(locale)) fail(`unknown locale "${locale}"; one of ${config.targetLocales.join(', ')}`);
  const xml = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const list = units(xml);
  const where = usage();
  const review = status[locale] ?? {};
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const terms = Object.entries(glossary)
    .map(
      ([concept, per]) =>
        `<tr><th scope="row">${html(concept)}</th><td lang="en">${html(per.en?.term ?? '')}</td><td lang="${locale}" dir="${dir}">${html(per[locale]?.term ?? '')}</td><td lang="${locale}" dir="${dir}">${html((per[locale]?.avoid ?? []).join(' · '))}</td></tr>`,
    )
    .join('\n');
  const rows = list
    .map((unit, index) => {
      const group = unit.id.split('.')[0];
      return `<tr id="${html(unit.id)}">
<td>${index + 1}</td>
<td><code>${html(unit.id)}</code><br><small>${html(elements[group] ?? '')}<br>${html(where.get(unit.id) ?? '')}</small></td>
<td lang="en">${html(readable(unit.source))}</td>
<td lang="${locale}" dir="${dir}">${unit.target ? html(readable(unit.target)) : '<strong>MISSING</strong>'}</td>
<td><small>${html(unit.note)}</small></td>
<td class="mark">☐ OK<br>☐ Fix</td>
</tr>`;
    })
    .join('\n');
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>iop-widgets translation review: ${html(review.name ?? locale)} (${html(locale)})</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem;color:#111;background:#fff}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.4rem .5rem;vertical-align:top;text-align:start}
thead th{position:sticky;top:0;background:#eee}
td:nth-child(3),td:nth-child(4){width:30%}
.mark{white-space:nowrap}
.sign{border:2px solid #111;padding:1rem;max-width:40rem}
.sign p{margin:.8rem 0;border-bottom:1px solid #999;padding-bottom:.2rem}
@media print{thead th{position:static}tr{break-inside:avoid}}
</style>
</head>
<body>
<h1>Translation review: ${html(review.name ?? locale)} (<code>${html(locale)}</code>)</h1>
<p>This page lists every message of the iop-widgets library (information about intensive outpatient
programs for substance use disorders) in English and in ${html(review.name ?? locale)}, with the note the
developers wrote for translators and where the message appears. ⟦…⟧ marks a value filled in on the
page (a number, a name): keep it in the translation, in any position.</p>
<p><strong>Current status:</strong> ${review.reviewed ? `reviewed by ${html(String(review.reviewer))} on ${html(String(review.date))}` : 'not yet reviewed by a qualified human translator (machine-assisted draft)'}.
Messages: ${list.length}. Written from <code>locales/${html(locale)}.xlf</code>.</p>
<h2>What to check</h2>
<ul>
<li>Meaning: the same facts and the same limits as the English (“may”, “some programs”, “for people an IOP suits”). No promises the English does not make.</li>
<li>Safety lines (988, 911, overdose, “the program or a doctor checks first”, stopping substances suddenly): clear and calm.</li>
<li>Plain words for a reader at about US grade 6–8; neutral, non-stigmatizing terms (no criminal-law words for drug use).</li>
<li>One term per concept: use the glossary below. Plural forms: each “.one / .two / .few / .many / .other” message is the same sentence for that plural category.</li>
<li>Length limits in the notes (buttons, table cells, headings).</li>
</ul>
<h2>Glossary (one term per concept)</h2>
<table>
<thead><tr><th scope="col">concept</th><th scope="col">English</th><th scope="col">${html(locale)}: use</th><th scope="col">${html(locale)}: avoid</th></tr></thead>
<tbody>
${terms}
</tbody>
</table>
<h2>Messages</h2>
<p>Write corrections into <code>review/${html(locale)}.xlf</code> (any XLIFF 1.2 tool, or a text editor: change only the
<code>&lt;target&gt;</code> text) and send that file back.</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">id and where it appears</th><th scope="col">English</th><th scope="col">${html(review.name ?? locale)}</th><th scope="col">translator note</th><th scope="col">check</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Sign-off</h2>
<div class="sign">
<p>Reviewer name:</p>
<p>Qualification (e.g. certified medical translator, credential and number):</p>
<p>Date:</p>
<p>I reviewed every message above for accuracy, plain language and terminology. Corrections are in the returned XLIFF file. Signature:</p>
</div>
</body>
</html>
`;
  mkdirSync('review', {recursive: true});
  writeFileSync(`review/${locale}.html`, page);
  writeFileSync(`review/${locale}.xlf`, xml);
  // The untouched copy: import applies only what the translator changed against it.
  writeFileSync(`review/${locale}.base.xlf`, xml);
  console.log(`review-kit: wrote review/${locale}.html (${list.length} messages) and review/${locale}.xlf`);
}

/**
 * Copies the translator's corrections from a returned XLIFF: the units whose target differs
 * from the kit's untouched copy (review/<locale>.base.xlf). Refuses a unit whose English
 * or current translation changed since the kit was made, and placeholders that differ.
 */
function importReturned(locale, file, reviewer, date) {
  if (!config.targetLocales.includes(locale)) fail(`unknown locale "${locale}"`);
  const returned = new Map(units(readFileSync(file, 'utf8')).map((unit) => [unit.id, unit]));
  let base;
  try {
    base = new Map(units(readFileSync(`review/${locale}.base.xlf`, 'utf8')).map((unit) => [unit.id, unit]));
  } catch {
    fail(`review/${locale}.base.xlf is missing: import the file made from this checkout's kit (npm run review-kit -- ${locale})`);
  }
  const path = `locales/${locale}.xlf`;
  const problems = [];
  let changed = 0;
  const xml = readFileSync(path, 'utf8').replace(UNIT, (all, id, body) => {
    const corrected = returned.get(id)?.target;
    const original = base.get(id);
    const current = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (corrected === undefined || corrected === original?.target) return all; // not changed by the translator
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
    if (!original || original.source !== source || returned.get(id).source !== source) {
      return problems.push(`${id}: the English changed since the kit was made; review it again`), all;
    }
    if (current !== original.target) return problems.push(`${id}: the translation changed since the kit was made`), all;
    const wanted = [...source.matchAll(PLACEHOLDER)].map((m) => m[0]).sort().join();
    const got = [...corrected.matchAll(PLACEHOLDER)].map((m) => m[0]).sort().join();
    if (wanted !== got) return problems.push(`${id}: placeholders differ from the English`), all;
    if (/[<>]|&(?!lt;|gt;|amp;|quot;|apos;)/.test(corrected.replace(PLACEHOLDER, '')) || /&(lt|gt|amp);/.test(corrected)) {
      return problems.push(`${id}: contains & < or > (write "and", or rephrase)`), all;
    }
    if (!corrected.trim()) return problems.push(`${id}: empty`), all;
    changed++;
    return all.replace(/<target>[\s\S]*?<\/target>/, `<target>${corrected}</target>`);
  });
  if (problems.length) fail(`not imported (fix these in ${file}):\n  ${problems.join('\n  ')}`);
  writeFileSync(path, xml);
  console.log(`review-kit: ${changed} corrected message(s) copied into ${path}`);
  if (reviewer) {
    const day = date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`--date must be YYYY-MM-DD, got "${day}"`);
    status[locale] = {...status[locale], reviewed: true, reviewer, date: day, note: `Reviewed and signed off by ${reviewer} on ${day}.`};
    // One line per locale, as the file is written.
    const line = (value) => JSON.stringify(value).replace(/":/g, '": ').replace(/,"/g, ', "');
    writeFileSync(statusFile, `{\n${Object.entries(status).map(([code, entry]) => `  "${code}": ${line(entry)}`).join(',\n')}\n}\n`);
    console.log(`review-kit: marked ${locale} reviewed in ${statusFile}. Also add "${locale}" to reviewedLocales in src/localization.ts and update the README table.`);
  }
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
if (args[0] === 'import' && args[1] && args[2]) importReturned(args[1], args[2], option('--reviewer'), option('--date'));
else if (args[0] && !args[0].startsWith('-')) kit(args[0]);
else fail('usage: npm run review-kit -- <locale> | import <locale> <returned.xlf> [--reviewer "Name, credential"] [--date YYYY-MM-DD]');
