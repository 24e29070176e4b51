/**
 * Time per rule: all registered rules run together over the corpus (as in
 * `analyze`, sharing the memoised readings of the text) and over a
 * 10,000-character text, and each rule's own check is timed. Work a rule
 * memoises for others is charged to the first rule that asks for it. A tool for
 * finding what makes `npm run bench` miss a goal; run it on a quiet machine.
 *   npx tsx scripts/profile-rules.ts [corpus.jsonl]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runRules } from '../src/engine/analyze';
import type { Rule } from '../src/engine/rule';
import { RULES } from '../src/rules';

const file = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const posts: { text: string; context: 'private' | 'official' }[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
let long = '';
for (let i = 0; long.length < 10_000; i += 1) long += posts[i % posts.length].text + '\n';
long = long.slice(0, 10_000);

const spent = new Map<string, number>();
const timed: Rule[] = RULES.map((rule) => ({
  meta: rule.meta,
  check(ctx) {
    const t0 = performance.now();
    rule.check(ctx);
    spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + performance.now() - t0);
  },
}));

function measure(run: () => void, rounds: number): Map<string, number> {
  for (let r = 0; r < 3; r += 1) run();
  spent.clear();
  for (let r = 0; r < rounds; r += 1) run();
  return new Map([...spent].map(([id, ms]) => [id, ms / rounds]));
}

const perPost = measure(() => {
  for (const p of posts) runRules(timed, p.text, { context: p.context });
}, 20);
const perLong = measure(() => runRules(timed, long, { context: 'official' }), 20);
let total = 0;
const rows = [...perPost].map(([id, ms]) => {
  total += ms;
  return { id, perPost: (ms / posts.length) * 1000, tLong: perLong.get(id) ?? 0 };
});
rows.sort((a, b) => b.perPost - a.perPost);
console.log(`rules together: ${((total / posts.length) * 1000).toFixed(1)} µs per post (mean)`);
for (const r of rows) console.log(`${r.id.padEnd(34)} ${r.perPost.toFixed(2).padStart(8)} µs/post ${r.tLong.toFixed(3).padStart(8)} ms/10k`);
