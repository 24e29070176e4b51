/**
 * Scores the engine on a labelled corpus (default ../shared/corpus/dev.jsonl):
 * recall over expected guideline labels (several files may be given and are
 * scored together), the false-positive rate on benign
 * posts, per-guideline recall and precision. `--verbose` lists every miss and
 * every unexpected guideline. Exit 1 when a goal is not met and `--strict` is given.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine';

interface Case {
  id: string;
  lang: string;
  context: 'private' | 'official';
  text: string;
  expect: number[];
  note?: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const strict = args.includes('--strict');
const given = args.filter((a) => !a.startsWith('-'));
const files = given.length > 0 ? given : [fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url))];
const file = files.map((f) => path.basename(f)).join(' + ');

const cases: Case[] = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case),
);

let expected = 0;
let hit = 0;
let benign = 0;
let benignFlagged = 0;
const per = new Map<number, { expected: number; hit: number; flagged: number; correct: number }>();
const row = (g: number) => {
  let r = per.get(g);
  if (!r) per.set(g, (r = { expected: 0, hit: 0, flagged: 0, correct: 0 }));
  return r;
};
const misses: string[] = [];
const extras: string[] = [];

for (const c of cases) {
  const findings = analyze(c.text, { context: c.context });
  const flagged = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.guideline));
  for (const g of flagged) {
    row(g).flagged += 1;
    if (c.expect.includes(g)) row(g).correct += 1;
    else extras.push(`${c.id} +G${g} [${findings.filter((f) => f.guideline === g).map((f) => `${f.rule}:«${c.text.slice(f.start, f.end)}»`).join(', ')}] ${c.text}`);
  }
  for (const g of c.expect) {
    expected += 1;
    row(g).expected += 1;
    if (flagged.has(g)) {
      hit += 1;
      row(g).hit += 1;
    } else misses.push(`${c.id} -G${g} (${c.note ?? ''}) ${c.text}`);
  }
  if (c.expect.length === 0) {
    benign += 1;
    if (flagged.size > 0) benignFlagged += 1;
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log(`corpus: ${file}, ${cases.length} posts (${benign} benign)`);
console.log(`recall: ${pct(hit, expected)} (${hit}/${expected})   goal ≥ 90%`);
console.log(`benign false positives: ${pct(benignFlagged, benign)} (${benignFlagged}/${benign})   goal ≤ 5%`);
console.log('guideline  recall            precision');
let allOk = hit / expected >= 0.9 && benignFlagged / benign <= 0.05;
for (const g of [...per.keys()].sort((a, b) => a - b)) {
  const r = per.get(g)!;
  if (r.expected > 0 && r.hit / r.expected < 0.8) allOk = false;
  console.log(`G${String(g).padEnd(9)} ${pct(r.hit, r.expected)} (${r.hit}/${r.expected})`.padEnd(30) + `${pct(r.correct, r.flagged)} (${r.correct}/${r.flagged})`);
}
if (verbose) {
  console.log('\nmisses:');
  for (const m of misses) console.log('  ' + m);
  console.log('\nunexpected:');
  for (const e of extras) console.log('  ' + e);
}
console.log(allOk ? 'goals met' : 'goals not met');
if (strict && !allOk) process.exitCode = 1;
