/**
 * The check command: `npm run --silent check -- [--context private|official]
 * [--json] [--jsonl FILE] [TEXT]`. Runs the same engine as the extension,
 * locally. Exit 1 on a warning or high finding, 2 on a usage or input error.
 */
import { readFileSync } from 'node:fs';
import { analyze, resolveEngineConfig } from '../engine';
import type { EngineConfig, Finding } from '../engine/types';
import type { Rule } from '../engine/rule';
import { DEFAULT_PACK, type GuidelinePack } from '../guidelines';
import { compilePack, loadPackFile } from '../packs';
import { parseArgs, UsageError, USAGE } from './args';
import { findingsJson, formatReport } from './report';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function loadConfig(file: string | null): Partial<EngineConfig> | undefined {
  if (file === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readInput(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const { config, errors } = resolveEngineConfig(parsed);
  for (const e of errors) process.stderr.write(`varsam: ${e}\n`);
  return config;
}

/** A guideline pack from a file; an invalid pack is a usage error that lists the reasons. */
function loadPack(file: string | null): { pack: GuidelinePack; rules: readonly Rule[] | undefined } {
  if (file === null) return { pack: DEFAULT_PACK, rules: undefined };
  const { pack, errors } = loadPackFile(readInput(file));
  if (!pack) throw new UsageError(`--pack ${file} is not a valid guideline pack:\n  ${errors.join('\n  ')}`);
  return { pack, rules: compilePack(pack) };
}

const isAlarm = (findings: Finding[]) => findings.some((f) => f.severity !== 'info');

function runBatch(file: string, config: Partial<EngineConfig> | undefined, rules: readonly Rule[] | undefined): number {
  const lines = readInput(file).split('\n');
  let alarm = false;
  let bad = false;
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let item: { id?: unknown; text?: unknown; context?: unknown };
    try {
      item = JSON.parse(line);
    } catch (error) {
      bad = true;
      process.stderr.write(`varsam: ${file} line ${index + 1}: not valid JSON (${(error as Error).message})\n`);
      out.push(JSON.stringify({ id: null, line: index + 1, error: 'not valid JSON' }));
      return;
    }
    if (typeof item !== 'object' || item === null || typeof item.text !== 'string') {
      bad = true;
      process.stderr.write(`varsam: ${file} line ${index + 1}: needs an object with a string "text"\n`);
      out.push(JSON.stringify({ id: (item as { id?: unknown } | null)?.id ?? null, line: index + 1, error: 'needs a string "text"' }));
      return;
    }
    if (item.context !== undefined && item.context !== 'private' && item.context !== 'official') {
      process.stderr.write(`varsam: ${file} line ${index + 1}: context must be "private" or "official"; using "private"\n`);
    }
    const context = item.context === 'official' ? 'official' : 'private';
    const findings = analyze(item.text, { context, config, rules });
    if (isAlarm(findings)) alarm = true;
    out.push(JSON.stringify({ id: item.id ?? null, findings: findingsJson(item.text, findings) }));
  });
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return bad ? 2 : alarm ? 1 : 0;
}

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    const { pack, rules } = loadPack(args.pack);
    const config = loadConfig(args.config);
    if (args.jsonl !== null) return runBatch(args.jsonl, config, rules);
    let text = args.text;
    if (text === null) {
      if (process.stdin.isTTY) throw new UsageError('give a TEXT or pipe one on standard input');
      text = readInput('-');
    }
    const findings = analyze(text, { context: args.context, config, rules });
    if (args.json) process.stdout.write(JSON.stringify(findingsJson(text, findings), null, 2) + '\n');
    else process.stdout.write(formatReport(text, findings, pack, args.lang) + '\n');
    return isAlarm(findings) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`varsam check: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
