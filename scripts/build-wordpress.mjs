// npm run build:wordpress — packs integrations/wordpress/ and the script-tag bundle
// (dist/cdn, copied into the plugin's bundle/ folder) as build/wordpress/iop-widgets.zip,
// the file a site owner uploads under Plugins > Add New > Upload Plugin.
// Runs `npm run build` first when dist/cdn is missing. The zip writer is below
// (deflate from node:zlib), so no zip program is needed.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {deflateRawSync} from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const pluginDir = join(root, 'integrations/wordpress');
const cdnDir = join(root, 'dist/cdn');
const outDir = join(root, 'build/wordpress');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

if (!existsSync(join(cdnDir, 'iop-widgets.js'))) {
  console.log('build:wordpress: dist/cdn is missing, running npm run build first');
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
}

/** Files under dir (sorted), relative paths. */
function walk(dir, skip = () => false) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip(name, path)) continue;
    if (statSync(path).isDirectory()) out.push(...walk(path, skip).map((p) => join(name, p)));
    else out.push(name);
  }
  return out;
}

const entries = []; // [path in zip, Buffer]
for (const file of walk(pluginDir, (name) => name === 'bundle' || name.startsWith('.'))) {
  let data = readFileSync(join(pluginDir, file));
  // Keep the plugin header, constant and readme in step with package.json.
  if (file === 'iop-widgets.php') {
    data = Buffer.from(String(data)
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'IOP_WIDGETS_VERSION', '[^']*' \)/, `define( 'IOP_WIDGETS_VERSION', '${version}' )`));
  } else if (file === 'readme.txt') {
    data = Buffer.from(String(data).replace(/^Stable tag:.*$/m, `Stable tag: ${version}`));
  }
  entries.push([`iop-widgets/${file}`, data]);
}
entries.push(['iop-widgets/LICENSE', readFileSync(join(root, 'LICENSE'))]);
// The bundle: every module and stylesheet of dist/cdn except source maps and the autoloader.
const bundle = walk(cdnDir, (name) => name.endsWith('.map') || name === 'autoload' || name.startsWith('iop-widgets-autoload'));
for (const file of bundle) entries.push([`iop-widgets/bundle/${file}`, readFileSync(join(cdnDir, file))]);
if (!bundle.includes('iop-widgets.js')) throw new Error('build:wordpress: dist/cdn/iop-widgets.js not found');

mkdirSync(outDir, {recursive: true});
const zipPath = join(outDir, 'iop-widgets.zip');
writeFileSync(zipPath, zip(entries));
console.log(`build:wordpress: wrote ${relative(root, zipPath)} (${entries.length} files, ${(statSync(zipPath).size / 1024).toFixed(1)} KB)`);

// --- a minimal ZIP writer (PKZIP 2.0: deflate, CRC-32, fixed timestamps) ---
function crc32(buf) {
  let crc = -1;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function zip(files) {
  const dosTime = 0; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01: reproducible zips
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, {level: 9});
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}
