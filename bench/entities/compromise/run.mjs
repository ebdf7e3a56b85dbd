// SPDX-License-Identifier: LGPL-2.1-or-later
// compromise on the documents bench-entities exported: the same text
// (tokens joined by spaces, a sentence per line), its people, places and
// organizations mapped back to the gold tokens, scored like conlleval on
// PER, ORG and LOC (compromise has no MISC), and timed on one thread.
import fs from 'node:fs';
import nlp from 'compromise';

const docs = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(JSON.parse);
const classes = ['PER', 'ORG', 'LOC'];

function mentions(tags) {
  const out = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const cls = tags[i].slice(2);
    let j = i;
    if (tags[i][0] === 'B' || tags[i][0] === 'I')
      while (j + 1 < tags.length && tags[j + 1] !== 'O' && tags[j + 1].slice(2) === cls &&
             (tags[j + 1][0] === 'I' || tags[j + 1][0] === 'L')) {
        j++;
        if (tags[j][0] === 'L') break;
      }
    if (classes.includes(cls)) out.push(`${i}:${j}:${cls}`);
    i = j;
  }
  return out;
}

const texts = docs.map((d) => {
  let text = '';
  const offsets = [];
  d.words.forEach((w, i) => {
    if (i > 0) text += d.line_start[i] ? '\n' : ' ';
    offsets.push(text.length);
    text += w;
  });
  return { text, offsets };
});

function tag(doc) {
  const found = [];
  for (const [method, cls] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
    for (const m of doc[method]().json({ offset: true })) found.push([m.offset.start, m.offset.length, cls]);
  }
  return found;
}

let best = Infinity;
let results = null;
for (let pass = 0; pass < 3; pass++) {
  const t0 = process.hrtime.bigint();
  const out = texts.map((t) => tag(nlp(t.text)));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (seconds < best) best = seconds;
  results = out;
}

const gold = {}, found = {}, correct = {};
for (const c of classes) gold[c] = found[c] = correct[c] = 0;
let nWords = 0;
docs.forEach((d, k) => {
  nWords += d.words.length;
  const { offsets } = texts[k];
  const pred = new Array(d.words.length).fill('O');
  for (const [start, length, cls] of results[k]) {
    const end = start + length;
    let first = -1, last = -1;
    for (let i = 0; i < d.words.length; i++) {
      const ws = offsets[i], we = ws + d.words[i].length;
      if (ws < end && we > start) { if (first < 0) first = i; last = i; }
    }
    if (first < 0) continue;
    for (let i = first; i <= last; i++)
      pred[i] = (first === last ? 'U' : i === first ? 'B' : i === last ? 'L' : 'I') + '-' + cls;
  }
  const g = new Set(mentions(d.tags)), p = mentions(pred);
  for (const m of g) gold[m.split(':')[2]]++;
  for (const m of p) { found[m.split(':')[2]]++; if (g.has(m)) correct[m.split(':')[2]]++; }
});

const row = (name, g, f, c) =>
  console.log(`${name.padEnd(8)} ${String(g).padStart(9)} ${String(f).padStart(9)} ${String(c).padStart(9)} ` +
              `${(f ? 100 * c / f : 0).toFixed(2).padStart(7)} ${(g ? 100 * c / g : 0).toFixed(2).padStart(7)}  ` +
              `F1 ${(g + f ? 200 * c / (g + f) : 0).toFixed(2).padStart(6)}`);
console.log(`compromise ${JSON.parse(fs.readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url))).version} on ${docs.length} documents, ${nWords} tokens`);
console.log('class         gold     found   correct    prec  recall');
const sum = (o) => classes.reduce((a, c) => a + o[c], 0);
row('PER+ORG+LOC', sum(gold), sum(found), sum(correct));
for (const c of classes) row(c, gold[c], found[c], correct[c]);
console.log(`time ${best.toFixed(3)} s (best of 3): ${Math.round(nWords / best)} tokens/s on one thread`);
