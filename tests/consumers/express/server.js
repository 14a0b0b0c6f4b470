// The README's Express example, as a file: every page is prerendered on request in the
// reader's language, and the script-tag bundle is served from the package. Run it with
// `node server.js` (port 8080, or PORT); scripts/test-consumers.mjs imports `app`.
import express from 'express';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {prerender} from 'iop-widgets/ssr.js';

const languages = ['en', 'es', 'ar'];
const page = (lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Cedar Grove Evening Program</title></head>
<body><main>
  <h1>Cedar Grove Evening Program</h1>
  <iop-overview></iop-overview>
  <program-checklist persist></program-checklist>
  <iop-helpline phone="(555) 010-4477"></iop-helpline>
</main>
<script type="module" src="/iop-widgets/iop-widgets.js"></script>
</body></html>`;

export const app = express();
app.use('/iop-widgets', express.static(dirname(fileURLToPath(import.meta.resolve('iop-widgets/cdn/iop-widgets.js')))));
app.get('/', async (request, response) => {
  const lang = languages.includes(request.query.lang) ? request.query.lang : 'en';
  response.type('html').send(await prerender(page(lang)));
});

if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(Number(process.env.PORT ?? 8080));
