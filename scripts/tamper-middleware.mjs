// Web Test Runner middleware for tests/cdn-integrity.test.ts: serves the versioned CDN
// folder under /__tampered__/<target>/… with one file changed, the way a compromised host
// or CDN would serve it. <target> is `es` (the Spanish locale chunk) or `entry`
// (iop-widgets.js). Everything else is served unchanged.
import {existsSync, readFileSync} from 'node:fs';
import {join, normalize} from 'node:path';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

export function tamperMiddleware() {
  return async (context, next) => {
    const match = /^\/__tampered__\/(es|entry)\/(.+\.js)$/.exec(context.path);
    if (!match) return next();
    const [, target, file] = match;
    const path = normalize(join('dist', `iop-widgets-${version}`, file));
    if (!path.startsWith(join('dist', `iop-widgets-${version}`)) || !existsSync(path)) return next();
    let code = readFileSync(path, 'utf8');
    const tampered = target === 'es' ? /^iop-widgets-es-[\w-]+\.js$/.test(file) : file === 'iop-widgets.js';
    if (tampered) code += '\n;globalThis.__iopTampered = true;\n';
    context.type = 'text/javascript';
    context.body = code;
  };
}
