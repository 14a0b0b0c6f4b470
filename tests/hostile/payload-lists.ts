/** URL and text payloads shared by the hostile tests. */
export const PWN = 'window.__pwned=1';
export const URL_PAYLOADS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\tjavascript:alert(1)', '\njavascript:alert(1)',
  '\u0000javascript:alert(1)', 'java\u0000script:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)', '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)', '\u00A0javascript:alert(1)', '\u2028javascript:alert(1)', '\uFEFFjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,x', 'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'blob:https://example.org/uuid', 'file:///etc/passwd',
  'filesystem:https://example.org/temporary/x', 'about:blank', 'chrome://settings', 'view-source:https://example.org/',
  'ftp://example.org/', 'mailto:a@example.org', 'tel:5550104477', '//evil.example/', '\\\\evil.example\\x', '/\\evil.example',
  'https://example.org/"><img src=x onerror=' + PWN + '>', 'https://exa mple.org/', 'https://example.org/\u0000',
  'http://[::1', 'https://user:pass@example.org/', ' https://example.org/', 'x'.repeat(10_000),
];

export const TEXT_PAYLOADS = [
  `<img src=x onerror="${PWN}">`, `<script>${PWN}</script>`, `</script><script>${PWN}</script>`, `<!--`, `-->`,
  `<svg onload="${PWN}">`, `<iframe srcdoc="<script>${PWN}</script>">`, `"><img src=x onerror=${PWN}>`,
  `'><svg/onload=${PWN}>`, `<style>*{display:none}</style>`, `<a href="javascript:${PWN}">x</a>`,
  `<!--?lit$1234$-->`, `<?lit$1234$>`, `lit$1234$`, `{{constructor.constructor('${PWN}')()}}`, '${' + PWN + '}',
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>">`, `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img src=x onerror=${PWN}>">`,
  `<svg></p><style><a id="</style><img src=x onerror=${PWN}>">`, `<template><img src=x onerror=${PWN}></template>`,
  `\u202Eevil\u202C`, '\u0000\u0001\u0007', 'A'.repeat(5000), `&lt;img src=x onerror=${PWN}&gt;`, '&#60;script&#62;',
  `<base href="https://evil.example/">`, `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
];

