// SPDX-License-Identifier: LGPL-2.1-or-later
// Readability.js (with linkedom as the DOM) over a folder of .html files:
// writes one JSON Lines record per page ({source, title, text}, the shape of
// `winnow run -f jsonl`) and prints pages per second, timed on the parse +
// extraction only (files are read before the clock starts).
//
//   node run.mjs HTML_DIR OUT.jsonl [MAX_PAGES]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const [dir, out, maxArg] = process.argv.slice(2);
const names = readdirSync(dir).filter((n) => n.endsWith('.html')).sort()
  .slice(0, maxArg ? Number(maxArg) : undefined);
const pages = names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]);

const lines = [];
let failed = 0;
const t0 = process.hrtime.bigint();
for (const [name, html] of pages) {
  let title = null, text = '';
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (article) {
      title = article.title || null;
      text = (article.textContent || '').replace(/[ \t]+/g, ' ')
        .replace(/\s*\n\s*/g, '\n').trim();
    }
  } catch (e) {
    failed++;
  }
  lines.push(JSON.stringify({ source: name, title, text }));
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
writeFileSync(out, lines.join('\n') + '\n');
console.log(JSON.stringify({ tool: 'readability.js+linkedom', pages: pages.length,
  failed, seconds: secs, pages_per_second: pages.length / secs }));
