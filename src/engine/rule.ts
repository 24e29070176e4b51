/**
 * The shape of a rule, after ESLint's: metadata plus a pure check. A check
 * reports a message id and data, never an inline string; the engine turns the
 * id into nn/nb/en text from the rule's own messages.
 */
import type { NormText } from './normalize';
import type { Token } from './tokens';
import type { Attachments, Context, EngineConfig, Localized, Severity } from './types';

export interface RuleMeta {
  id: string;
  guideline: number;
  /** Default severity of a report; a report may raise or lower it. */
  severity: Severity;
  /** Contexts the rule runs in; both when absent. */
  contexts?: Context[];
  /** One line on what the rule looks for (English, for developers). */
  description: string;
  /** Messages by id, in nn, nb and en. "{name}" is replaced by report data. */
  messages: Record<string, Localized>;
  /** Suggestions by id, in nn, nb and en. */
  suggestions?: Record<string, Localized>;
}

export interface Report {
  messageId: string;
  /** Offsets into the normalised text (doc.text.lower / folded). */
  start: number;
  end: number;
  severity?: Severity;
  suggestionId?: string;
  data?: Record<string, string>;
}

/** What a check sees: the prepared text and the options. Shared between rules of one analysis. */
export interface RuleContext {
  doc: Doc;
  context: Context;
  config: EngineConfig;
  attachments: Attachments;
  report(report: Report): void;
}

export interface Doc {
  norm: NormText;
  tokens: Token[];
  /** Memoised derived data shared between rules (term matches and the like). */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
