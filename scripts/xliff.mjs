// Helpers for translators who work outside an XLIFF tool (e.g. in a spreadsheet or JSON):
//   node scripts/xliff.mjs status              units, translated and missing per locale, review state
//   node scripts/xliff.mjs todo <locale>       untranslated units as JSON {id: {source, note}}
//   node scripts/xliff.mjs fill <locale> <file.json> [--force]
//                                              writes targets from JSON {id: "translation"}
// Placeholders appear as ${expression} (the source's <x equiv-text>); a translation must
// keep each one exactly, in any position. `fill` refuses a unit that loses or invents one.
import {readFileSync, writeFileSync} from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const status = JSON.parse(readFileSync('locales/status.json', 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const PLACEHOLDER = /<x id="[^"]*" equiv-text="([^"]*)"\/>/g;

const readable = (xml) => unescape(xml.replace(PLACEHOLDER, (_, expr) => unescape(expr)));
const file = (locale) => `locales/${locale}.xlf`;

function units(locale) {
  const xml = readFileSync(file(locale), 'utf8');
  return [...xml.matchAll(UNIT)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    note: /<note[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? '',
  }));
}

const [command, locale, jsonFile] = process.argv.slice(2);
if (command === 'status') {
  console.log('locale    units  translated  missing  reviewed');
  for (const code of config.targetLocales) {
    const list = units(code);
    const done = list.filter((unit) => unit.target && unit.target.trim()).length;
    const review = status[code]?.reviewed ? `yes (${status[code].reviewer}, ${status[code].date})` : 'no';
    console.log(`${code.padEnd(9)} ${String(list.length).padStart(5)}  ${String(done).padStart(10)}  ${String(list.length - done).padStart(7)}  ${review}`);
  }
} else if (command === 'todo' && locale) {
  const todo = Object.fromEntries(
    units(locale)
      .filter((unit) => !unit.target || !unit.target.trim())
      .map((unit) => [unit.id, {source: readable(unit.source), note: unescape(unit.note)}]),
  );
  console.log(JSON.stringify(todo, null, 2));
} else if (command === 'fill' && locale && jsonFile) {
  const force = process.argv.includes('--force');
  const translations = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const problems = [];
  let filled = 0;
  const xml = readFileSync(file(locale), 'utf8').replace(UNIT, (all, id, body) => {
    if (!(id in translations)) return all;
    if (/<target>/.test(body) && !force) return all;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
    const placeholders = new Map([...source.matchAll(PLACEHOLDER)].map((m) => [unescape(m[1]), m[0]]));
    const text = String(translations[id]);
    const used = [...text.matchAll(/\$\{[^}]*\}/g)].map((m) => m[0]);
    const unknown = used.filter((expr) => !placeholders.has(expr));
    const missing = [...placeholders.keys()].filter((expr) => !used.includes(expr));
    // lit-localize copies a target's XML entities into plain-text messages as written
    // (a reader would see "&amp;"), so these characters cannot appear in a translation.
    const markup = /[&<>]/.test(text.replace(/\$\{[^}]*\}/g, ''));
    if (unknown.length || missing.length || !text.trim() || markup) {
      problems.push(`${id}: ${[...unknown.map((e) => `unknown ${e}`), ...missing.map((e) => `missing ${e}`), text.trim() ? '' : 'empty', markup ? 'contains & < or > (write "and", or rephrase)' : ''].filter(Boolean).join(', ')}`);
      return all;
    }
    const target = escape(text).replace(/\$\{[^}]*\}/g, (expr) => placeholders.get(unescape(expr)));
    filled++;
    const cleaned = body.replace(/\n?\s*<target>[\s\S]*?<\/target>/, '');
    return `<trans-unit id="${id}">${cleaned.replace(/(<source>[\s\S]*?<\/source>)/, `$1\n  <target>${target}</target>`)}</trans-unit>`;
  });
  writeFileSync(file(locale), xml);
  console.log(`${locale}: filled ${filled} unit(s)`);
  if (problems.length) {
    console.error(`not filled:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
} else {
  console.error('usage: node scripts/xliff.mjs status | todo <locale> | fill <locale> <file.json> [--force]');
  process.exitCode = 2;
}
