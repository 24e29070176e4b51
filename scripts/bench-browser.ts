/**
 * Browser budgets of the content script (issue 3), with the production build:
 *   npm run build && npm run bench:browser
 *
 * 1. Typing 600 characters into the Lexical fixture (served at facebook.com):
 *    Chromium with the extension vs without, alternating runs in the same
 *    process; budget: at most 10 % longer with the extension, judged on the
 *    renderer's CPU time (CDP Performance "ProcessTime", medians), which other
 *    load on a busy machine does not inflate; wall-clock times and the content
 *    script's own share of main-thread time (profiler) are printed too.
 * 2. Content scripts at most 60 KiB gzip in total (.output/chrome-mv3/content-scripts).
 * 3. No broad host permission in the manifest.
 * 4. A feed page adding 10,000 nodes (50 batches of 200, every 40 ms): the
 *    content script's main-thread time per second of mutations; budget 5 ms/s.
 *    Method: the V8 sampling profiler (CDP Profiler, 100 µs interval) records
 *    the page's isolate, which runs the content script's isolated world too;
 *    samples whose stack holds a frame from the extension's content script are
 *    summed. As a cross-check, CDP Performance.getMetrics TaskDuration with and
 *    without the extension is compared (includes the browser's own cost of
 *    delivering mutation records to the observer, but noisier).
 * Prints the figures and exits 1 when a budget is missed.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, extensionId, launch, serveSites, type Launched } from '../tests/e2e/harness';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptsGzip, isBroad, manifestPatterns } from '../tests/sites/budget';
import { buildFixtures, fixtureRoutes } from './build-fixtures';
import { extensionMs, type Profile } from './extension-profile';

const TYPING_URL = 'https://www.facebook.com/';
const FEED_URL = 'https://www.facebook.com/feed-bench/';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TEXT = (
  'I dag var det open dag på biblioteket i Ulvik, og mange kom innom for å sjå dei nye bøkene. ' +
  'Borna laga teikningar, og dei vaksne fekk kaffi og kringle. Takk til alle som kom! ' +
  'Neste veke held vi fram med lesestund kvar onsdag klokka 17. Velkomne skal de vera. '
).repeat(3).slice(0, 600);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function setup(withExtension: boolean): Promise<Launched> {
  const b = await launch({ extension: withExtension });
  const bundle = await buildFixtures();
  const routes = { ...fixtureRoutes(bundle, 'lexical', TYPING_URL), ...fixtureRoutes(bundle, 'feed', FEED_URL) };
  const { refused } = await serveSites(b.context, routes);
  (b as Launched & { refused: string[] }).refused = refused;
  if (withExtension) await extensionId(b.context);
  return b;
}

/** Typing time in ms, and (with extId) the content script's main-thread ms during it. */
async function typeOnce(context: BrowserContext, extId: string | null = null): Promise<{ ms: number; scriptMs: number; cpuMs: number }> {
  const page = await context.newPage();
  try {
    await page.goto(TYPING_URL, { waitUntil: 'load' });
    await page.click('#editor');
    await page.waitForTimeout(300);
    // Renderer CPU time (CDP Performance "ProcessTime"): robust to other load on the machine.
    const perf = await context.newCDPSession(page);
    await perf.send('Performance.enable');
    const cpu0 = ((await perf.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000;
    const cdp = extId ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const t0 = performance.now();
    await page.keyboard.type(TEXT);
    const ms = performance.now() - t0;
    await page.waitForTimeout(400);
    const cpuMs = ((await perf.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000 - cpu0;
    await perf.detach();
    let scriptMs = 0;
    if (cdp && extId) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      scriptMs = extensionMs(profile, extId, 8);
      await cdp.detach();
    }
    const typed = await page.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText());
    if (typed !== TEXT) throw new Error('the editor text differs from what was typed');
    return { ms, scriptMs, cpuMs };
  } finally {
    await page.close();
  }
}

/** Main-thread time of the content script while the feed grows, in ms, and the mutation period, in ms. */
async function feedOnce(context: BrowserContext, extId: string | null): Promise<{ scriptMs: number; periodMs: number; taskMs: number }> {
  const page: Page = await context.newPage();
  try {
    await page.goto(FEED_URL, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const before = await cdp.send('Performance.getMetrics');
    await cdp.send('Profiler.start');
    const periodMs = await page.evaluate(() => (window as unknown as { __addFeed(t: number, b: number, i: number): Promise<number> }).__addFeed(10_000, 200, 40));
    // Let throttled scans that the mutations scheduled run too.
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const after = await cdp.send('Performance.getMetrics');
    const metric = (m: { metrics: { name: string; value: number }[] }, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
    const taskMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
    const scriptMs = extId ? extensionMs(profile, extId, 8) : 0;
    await cdp.detach();
    return { scriptMs, periodMs, taskMs };
  } finally {
    await page.close();
  }
}


async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build in ${EXTENSION_DIR}: run "npm run build" first.`);
    process.exit(2);
  }
  let ok = true;
  const gz = contentScriptsGzip(EXTENSION_DIR);
  const sizeOk = gz.bytes <= CONTENT_SCRIPT_GZIP_BUDGET;
  console.log(`content scripts (${gz.files.join(', ')}): ${(gz.bytes / 1024).toFixed(1)} KiB gzip, budget 60 KiB: ${sizeOk ? 'ok' : 'OVER'}`);
  ok &&= sizeOk;
  const broad = manifestPatterns(path.join(EXTENSION_DIR, 'manifest.json')).filter(isBroad);
  console.log(`broad host patterns in manifest: ${broad.length === 0 ? 'none (ok)' : broad.join(', ')}`);
  ok &&= broad.length === 0;

  // The profiler measures wall time: other processes on the machine inflate it. Say how busy the machine was.
  console.log(`machine load (1-minute average) at start: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  const withExt = await setup(true);
  const without = await setup(false);
  try {
    const extId = await extensionId(withExt.context);
    // Warm-up (fixture bundles parsed, extension started).
    const onlyFeed = process.env.BENCH_ONLY === 'feed';
    if (!onlyFeed) {
      await typeOnce(withExt.context);
      await typeOnce(without.context);
    }
    const a: number[] = [];
    const b: number[] = [];
    const own: number[] = [];
    const cpuA: number[] = [];
    const cpuB: number[] = [];
    for (let i = 0; i < (onlyFeed ? 0 : RUNS); i++) {
      const r = await typeOnce(withExt.context);
      a.push(r.ms);
      cpuA.push(r.cpuMs);
      const r0 = await typeOnce(without.context);
      b.push(r0.ms);
      cpuB.push(r0.cpuMs);
    }
    // The content script's own share, from the profiler (separate runs: profiling slows typing).
    for (let i = 0; i < (onlyFeed ? 0 : Math.max(2, Math.ceil(RUNS / 2))); i++) {
      const r = await typeOnce(withExt.context, extId);
      own.push((r.scriptMs / r.ms) * 100);
    }
    const wallRatio = onlyFeed ? 1 : Math.min(...a) / Math.min(...b);
    const medianRatio = onlyFeed ? 1 : median(a) / median(b);
    if (!onlyFeed) {
      console.log(`typing 600 characters into Lexical, ${RUNS} alternating runs: with extension [${a.map((x) => x.toFixed(0)).join(', ')}] ms, without [${b.map((x) => x.toFixed(0)).join(', ')}] ms`);
      console.log(`  wall clock: fastest runs ${wallRatio >= 1 ? '+' : ''}${((wallRatio - 1) * 100).toFixed(1)} %, medians ${medianRatio >= 1 ? '+' : ''}${((medianRatio - 1) * 100).toFixed(1)} % (dominated by other load when the machine is busy)`);
    }
    // The budget is judged on the renderer's CPU time, which other load on the machine does not inflate.
    const cpuRatio = onlyFeed ? 1 : median(cpuA) / median(cpuB);
    const typingOk = cpuRatio <= 1.1;
    if (!onlyFeed) {
      console.log(`  renderer CPU time while typing (CDP ProcessTime, includes the 400 ms after): with ${median(cpuA).toFixed(0)} ms, without ${median(cpuB).toFixed(0)} ms (medians): ${cpuRatio >= 1 ? '+' : ''}${((cpuRatio - 1) * 100).toFixed(1)} %, budget 10 %: ${typingOk ? 'ok' : 'OVER'}`);
    }
    if (!onlyFeed) console.log(`  content script's own main-thread time while typing (profiler): ${median(own).toFixed(1)} % of the typing time [${own.map((x) => x.toFixed(1)).join(', ')}]`);
    ok &&= typingOk;

    const feedRuns = Math.max(3, Math.ceil(RUNS / 2));
    const per: number[] = [];
    const taskWith: number[] = [];
    const taskWithout: number[] = [];
    const periods: number[] = [];
    const periodsWithout: number[] = [];
    for (let i = 0; i < feedRuns; i++) {
      const r = await feedOnce(withExt.context, extId);
      const r0 = await feedOnce(without.context, null);
      per.push(r.scriptMs / (r.periodMs / 1000));
      periods.push(r.periodMs);
      periodsWithout.push(r0.periodMs);
      taskWith.push(r.taskMs);
      taskWithout.push(r0.taskMs);
    }
    const perSecond = median(per);
    const feedOk = perSecond <= 5;
    const taskDiff = (median(taskWith) - median(taskWithout)) / (median(periods) / 1000);
    console.log(`feed of 10,000 nodes over ${median(periods).toFixed(0)} ms, ${feedRuns} runs: content script ${perSecond.toFixed(2)} ms per second of mutations (profiler) [${per.map((x) => x.toFixed(2)).join(', ')}], budget 5 ms/s: ${feedOk ? 'ok' : 'OVER'}`);
    console.log(`  cross-check, main-thread task time with minus without extension: ${taskDiff.toFixed(1)} ms per second (with ${median(taskWith).toFixed(0)} ms over ${median(periods).toFixed(0)} ms, without ${median(taskWithout).toFixed(0)} ms over ${median(periodsWithout).toFixed(0)} ms; noisy)`);
    ok &&= feedOk;
    const refused = [...(withExt as Launched & { refused: string[] }).refused, ...(without as Launched & { refused: string[] }).refused];
    console.log(`requests refused (would have left the machine): ${refused.length}`);
    ok &&= refused.length === 0;
  } finally {
    console.log(`machine load (1-minute average) at end: ${loadavg()[0].toFixed(1)}`);
    await withExt.close();
    await without.close();
  }
  console.log(ok ? 'all browser budgets met' : 'a browser budget was missed');
  process.exit(ok ? 0 : 1);
}

void main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
