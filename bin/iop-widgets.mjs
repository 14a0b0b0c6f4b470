#!/usr/bin/env node
// The package's command: server-renders iop-widgets elements in HTML files.
//   iop-widgets prerender page.html > out.html
//   iop-widgets prerender site/ [--out built/]   (every .html file below site/)
//   --stylesheets /iop-widgets/   link each shadow root's CSS (strict CSP) instead of inlining it
import {readFileSync, writeFileSync, readdirSync, statSync, mkdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {parseArgs} from 'node:util';

const usage = `Usage:
  iop-widgets prerender <page.html>                 writes the rendered page to stdout
  iop-widgets prerender <folder> [--out <folder>]   renders every .html file below <folder>
                                                    (in place, or into --out)
Options:
  --stylesheets <href>   a <link rel="stylesheet"> to <href>ssr/<tag>.css in each shadow root
                         instead of an inline <style> (for a strict style-src CSP); copy
                         dist/cdn/ to <href>
  --out <folder>         folder mode: where to write (default: rewrite the files in place)`;

function fail(message) {
  process.stderr.write(`iop-widgets: ${message}\n\n${usage}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {out: {type: 'string'}, stylesheets: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
} catch (error) {
  fail(error.message);
}
const {values, positionals} = parsed;
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const [command, target, ...rest] = positionals;
if (command !== 'prerender') fail(command ? `unknown command "${command}"` : 'missing command');
if (!target || rest.length > 0) fail('give one file or folder');

const {prerender} = await import('../dist/ssr.js');
const options = values.stylesheets ? {stylesheets: {href: values.stylesheets}} : {};

function htmlFiles(folder) {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : htmlFiles(path);
    return entry.isFile() && entry.name.endsWith('.html') ? [path] : [];
  });
}

let stat;
try {
  stat = statSync(target);
} catch {
  fail(`no such file or folder: ${target}`);
}
if (stat.isFile()) {
  if (values.out) fail('--out is for folder mode; redirect stdout for one file');
  process.stdout.write(await prerender(readFileSync(target, 'utf8'), options));
} else {
  const files = htmlFiles(target);
  for (const file of files) {
    const output = values.out ? join(values.out, relative(target, file)) : file;
    const html = await prerender(readFileSync(file, 'utf8'), options);
    mkdirSync(dirname(output), {recursive: true});
    writeFileSync(output, html);
  }
  process.stderr.write(`iop-widgets: prerendered ${files.length} page${files.length === 1 ? '' : 's'}${values.out ? ` into ${values.out}` : ''}\n`);
}
