/**
 * Time per rule: runs each registered rule alone over the corpus and over a
 * 10,000-character text, and lists the slowest. A tool for finding what makes
 * `npm run bench` miss a goal.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runRules } from '../src/engine/analyze';
import { RULES } from '../src/rules';

const file = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const posts: { text: string; context: 'private' | 'official' }[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
let long = '';
for (let i = 0; long.length < 10_000; i += 1) long += posts[i % posts.length].text + '\n';
long = long.slice(0, 10_000);

const baseline = (() => {
  const t0 = performance.now();
  for (let r = 0; r < 20; r += 1) for (const p of posts) runRules([], p.text, { context: p.context });
  return ((performance.now() - t0) / 20 / posts.length) * 1000;
})();

const rows = RULES.map((rule) => {
  for (const p of posts) runRules([rule], p.text, { context: p.context });
  const t0 = performance.now();
  for (let r = 0; r < 20; r += 1) for (const p of posts) runRules([rule], p.text, { context: p.context });
  const perPost = ((performance.now() - t0) / 20 / posts.length) * 1000 - baseline;
  const t1 = performance.now();
  for (let r = 0; r < 5; r += 1) runRules([rule], long, { context: 'official' });
  const tLong = (performance.now() - t1) / 5;
  return { id: rule.meta.id, perPost, tLong };
}).sort((a, b) => b.perPost - a.perPost);

console.log(`baseline (normalise + tokens): ${baseline.toFixed(1)} µs/post`);
for (const r of rows) console.log(`${r.id.padEnd(34)} ${r.perPost.toFixed(1).padStart(8)} µs/post ${r.tLong.toFixed(2).padStart(8)} ms/10k`);
