/**
 * Runs the registered rules over a text and returns findings with offsets into
 * the original text. Pure and synchronous: no DOM, no browser API, no I/O.
 */
import { resolveEngineConfig } from './config';
import { fillLocalized } from './messages';
import { normalize, toOriginal } from './normalize';
import type { Doc, Report, Rule, RuleContext, RuleMeta } from './rule';
import { severityRank } from './severity';
import { tokenize } from './tokens';
import type { AnalyzeOptions, Attachments, Finding } from './types';


export function prepare(text: string): Doc {
  const norm = normalize(text);
  const tokens = tokenize(norm);
  const cache = new Map<string, unknown>();
  return {
    norm,
    tokens,
    memo<T>(key: string, compute: () => T): T {
      const known = cache.get(key);
      if (known !== undefined || cache.has(key)) return known as T;
      const value = compute();
      cache.set(key, value);
      return value;
    },
  };
}

/**
 * `strict` (tests) rethrows a rule's error; otherwise a failing rule is skipped
 * so that one broken rule never breaks the page.
 */
export function runRules(rules: readonly Rule[], text: string, options: AnalyzeOptions = {}, strict = false): Finding[] {
  if (typeof text !== 'string') return [];
  const { config } = resolveEngineConfig(options.config);
  const context = options.context === 'official' ? 'official' : 'private';
  const attachments: Attachments = {
    images: Math.max(0, Number(options.attachments?.images) || 0),
    videos: Math.max(0, Number(options.attachments?.videos) || 0),
  };
  const doc = prepare(text);
  const findings: Finding[] = [];
  // One context for every rule (the report function reads the running rule's metadata): no objects made per rule.
  let meta: RuleMeta = rules[0]?.meta;
  const ctx: RuleContext = {
    doc,
    context,
    config,
    attachments,
    report(r: Report) {
      const message = meta.messages[r.messageId];
      if (!message) throw new Error(`rule ${meta.id} reported unknown message id ${r.messageId}`);
      const suggestionId = r.suggestionId ?? r.messageId;
      const suggestion = meta.suggestions?.[suggestionId];
      if (r.suggestionId && !suggestion) throw new Error(`rule ${meta.id} reported unknown suggestion id ${r.suggestionId}`);
      const span = toOriginal(doc.norm, r.start, r.end);
      findings.push({
        guideline: meta.guideline,
        rule: meta.id,
        severity: r.severity ?? meta.severity,
        start: span.start,
        end: span.end,
        messageId: r.messageId,
        message: fillLocalized(message, r.data),
        ...(suggestion ? { suggestion: fillLocalized(suggestion, r.data) } : {}),
      });
    },
  };
  const disabledGuidelines = config.disabledGuidelines.length > 0 ? new Set(config.disabledGuidelines) : null;
  const disabledRules = config.disabledRules.length > 0 ? new Set(config.disabledRules) : null;
  for (const rule of rules) {
    meta = rule.meta;
    if (disabledGuidelines?.has(meta.guideline) || disabledRules?.has(meta.id)) continue;
    if (meta.contexts && !meta.contexts.includes(context)) continue;
    try {
      rule.check(ctx);
    } catch (error) {
      if (strict) throw error;
    }
  }
  return dedupe(findings);
}

/** One finding per rule and span; sorted by position, then severity (highest first). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.rule}:${f.start}:${f.end}`;
    const prev = seen.get(key);
    if (!prev || severityRank(f.severity) > severityRank(prev.severity)) seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || severityRank(b.severity) - severityRank(a.severity) || a.guideline - b.guideline);
}
