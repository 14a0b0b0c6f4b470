// A tiny static file server for the built docs (tests, Lighthouse): gzip like any real
// host, on a free port the OS picks. Returns {url, close}.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve(folder) {
  const base = resolve(folder);
  const server = createServer(async (request, response) => {
    try {
      let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not found');
      let body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      response.setHeader('content-type', type);
      response.setHeader('cache-control', 'max-age=3600');
      if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        response.setHeader('content-encoding', 'gzip');
      }
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      done({url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((closed) => server.close(closed))});
    });
  });
}
