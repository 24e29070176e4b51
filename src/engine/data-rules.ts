/**
 * Data rule types: generic rule factories that turn plain data (word lists,
 * windows, validator names) into `Rule` objects. A guideline pack is built
 * from these, so a pack can add checks without any code of its own:
 *
 * - `terms`: a term from the list appears.
 * - `near`: a term from list A and a term from list B within `window` words
 *   (optionally in one sentence).
 * - `requires`: a term from `if` appears and no term from `then` appears
 *   anywhere in the text ("if A then B must appear", e.g. a disclaimer).
 * - `pattern`: a number or address that a validator from a fixed set accepts
 *   (national identity numbers, phone numbers, e-mail, account numbers,
 *   organisation numbers, case numbers), optionally only near a keyword.
 *
 * Terms use the Lexicon syntax (`word*` for prefixes, spaces between words).
 * No regular expression and no code comes from the data.
 */
import { Lexicon, nearPairs, type TermMatch } from './lexicon';
import { defineRule, type Rule, type RuleContext } from './rule';
import type { Context, Localized, Severity } from './types';
import { findValidated, type ValidatorName } from './data-validators';

interface DataRuleBase {
  id: string;
  guideline: number;
  severity: Severity;
  contexts?: Context[];
  /** The warning; "{term}" is replaced by the matched text. */
  message: Localized;
  suggestion?: Localized;
  description?: string;
}

export interface TermsRuleSpec extends DataRuleBase {
  type: 'terms';
  terms: string[];
  exclude?: string[];
}

export interface NearRuleSpec extends DataRuleBase {
  type: 'near';
  a: string[];
  b: string[];
  /** Maximum distance in words between the two terms. */
  window: number;
  sameSentence?: boolean;
  exclude?: string[];
}

export interface RequiresRuleSpec extends DataRuleBase {
  type: 'requires';
  if: string[];
  then: string[];
}

export interface PatternRuleSpec extends DataRuleBase {
  type: 'pattern';
  validator: ValidatorName;
  /** When given, the match counts only with one of these terms within `window` words. */
  near?: string[];
  window?: number;
}

export type DataRuleSpec = TermsRuleSpec | NearRuleSpec | RequiresRuleSpec | PatternRuleSpec;
export type DataRuleType = DataRuleSpec['type'];
export const DATA_RULE_TYPES: readonly DataRuleType[] = ['terms', 'near', 'requires', 'pattern'];

function metaOf(spec: DataRuleSpec, description: string): Rule['meta'] {
  return {
    id: spec.id,
    guideline: spec.guideline,
    severity: spec.severity,
    ...(spec.contexts ? { contexts: spec.contexts } : {}),
    description: spec.description ?? description,
    messages: { match: spec.message },
    ...(spec.suggestion ? { suggestions: { match: spec.suggestion } } : {}),
  };
}

function excerpt(ctx: RuleContext, start: number, end: number): string {
  return ctx.doc.norm.lower.slice(start, end);
}

export function termsRule(spec: TermsRuleSpec): Rule {
  const lexicon = new Lexicon(spec.terms, spec.exclude ?? []);
  return defineRule({
    meta: metaOf(spec, 'A term from the pack list appears.'),
    check(ctx) {
      for (const m of lexicon.match(ctx.doc.tokens)) {
        ctx.report({ messageId: 'match', start: m.start, end: m.end, data: { term: excerpt(ctx, m.start, m.end) } });
      }
    },
  });
}

export function nearRule(spec: NearRuleSpec): Rule {
  const a = new Lexicon(spec.a, spec.exclude ?? []);
  const b = new Lexicon(spec.b, spec.exclude ?? []);
  const window = Math.max(0, Math.floor(spec.window));
  return defineRule({
    meta: metaOf(spec, `Terms from two lists within ${window} words.`),
    check(ctx) {
      const tokens = ctx.doc.tokens;
      const sentenceOf = spec.sameSentence ? (i: number) => tokens[i].sentence : undefined;
      for (const { a: ma, b: mb } of nearPairs(a.match(tokens), b.match(tokens), window, sentenceOf)) {
        const start = Math.min(ma.start, mb.start);
        const end = Math.max(ma.end, mb.end);
        ctx.report({ messageId: 'match', start, end, data: { term: excerpt(ctx, ma.start, ma.end), other: excerpt(ctx, mb.start, mb.end) } });
      }
    },
  });
}

export function requiresRule(spec: RequiresRuleSpec): Rule {
  const ifLex = new Lexicon(spec.if);
  const thenLex = new Lexicon(spec.then);
  return defineRule({
    meta: metaOf(spec, 'A term appears without a required companion term.'),
    check(ctx) {
      const hits: TermMatch[] = ifLex.match(ctx.doc.tokens);
      if (hits.length === 0 || thenLex.match(ctx.doc.tokens).length > 0) return;
      const m = hits[0];
      ctx.report({ messageId: 'match', start: m.start, end: m.end, data: { term: excerpt(ctx, m.start, m.end) } });
    },
  });
}

export function patternRule(spec: PatternRuleSpec): Rule {
  const near = spec.near && spec.near.length > 0 ? new Lexicon(spec.near) : null;
  const window = Math.max(0, Math.floor(spec.window ?? 10));
  return defineRule({
    meta: metaOf(spec, `A value that the ${spec.validator} validator accepts.`),
    check(ctx) {
      const found = findValidated(spec.validator, ctx.doc.norm.folded);
      if (found.length === 0) return;
      const tokens = ctx.doc.tokens;
      let keep = found;
      if (near) {
        // Token span of each value, found by a linear walk over the tokens.
        const spans: { first: number; last: number; start: number; end: number }[] = [];
        let t = 0;
        for (const f of found) {
          while (t < tokens.length && tokens[t].end <= f.start) t += 1;
          let u = t;
          while (u < tokens.length && tokens[u].start < f.end) u += 1;
          spans.push({ first: t, last: Math.max(u, t + 1), start: f.start, end: f.end });
        }
        const pairs = nearPairs(near.match(tokens), spans, window);
        keep = pairs.map((p) => ({ start: p.b.start, end: p.b.end }));
      }
      for (const f of keep) ctx.report({ messageId: 'match', start: f.start, end: f.end, data: { term: excerpt(ctx, f.start, f.end) } });
    },
  });
}

/** Builds the rule for one spec (the spec must have been validated). */
export function dataRule(spec: DataRuleSpec): Rule {
  switch (spec.type) {
    case 'terms':
      return termsRule(spec);
    case 'near':
      return nearRule(spec);
    case 'requires':
      return requiresRule(spec);
    case 'pattern':
      return patternRule(spec);
  }
}

/** The same rule reported under another guideline number (a built-in rule reused by a pack). */
export function withGuideline(rule: Rule, guideline: number): Rule {
  if (rule.meta.guideline === guideline) return rule;
  return { meta: { ...rule.meta, guideline }, check: (ctx) => rule.check(ctx) };
}

export type { ValidatorName } from './data-validators';
export { VALIDATOR_NAMES } from './data-validators';
