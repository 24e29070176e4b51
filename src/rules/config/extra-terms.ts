/**
 * Configured extra terms: `config.extraTerms` maps a guideline number to
 * terms (the word-list syntax: words separated by spaces, "word*" for a
 * prefix). A match reports for that guideline. A rule's meta has one
 * guideline, so a factory makes one rule per guideline ("config-extra-terms-g4");
 * disabling a guideline disables its extra terms too. Lexicons are built once
 * per distinct term list and cached.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule, type Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import { DEFAULT_PACK } from '../../guidelines';

/** Guidelines of the default pack that get an extra-terms rule. */
export const EXTRA_TERM_GUIDELINES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const MAX_CACHED = 32;
const cache = new Map<string, Lexicon>();

function lexiconFor(terms: readonly string[]): Lexicon {
  const key = terms.join('\n');
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = new Lexicon(terms.filter((s) => typeof s === 'string'));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, lexicon);
  }
  return lexicon;
}

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

/** Reminder guidelines (checklist items such as G1, G5, G10) report info, the others a warning. */
function severityFor(guideline: number): Severity {
  return DEFAULT_PACK.guidelines.find((g) => g.id === guideline)?.kind === 'reminder' ? 'info' : 'warning';
}

export function extraTermsRule(guideline: number, severity: Severity = severityFor(guideline)): Rule {
  const key = String(guideline);
  return defineRule({
    meta: {
      id: `config-extra-terms-g${guideline}`,
      guideline,
      severity,
      description: `Terms the organisation has added for guideline ${guideline} in the configuration (extraTerms).`,
      messages: {
        'extra-term': {
          nn: `«{term}» står på lista over ord som organisasjonen din har knytt til retningslinje ${guideline}.`,
          nb: `«{term}» står på listen over ord som organisasjonen din har knyttet til retningslinje ${guideline}.`,
          en: `“{term}” is on the list of words your organisation has tied to guideline ${guideline}.`,
        },
      },
      suggestions: {
        'extra-term': {
          nn: `Les retningslinje ${guideline} og vurder om teksten bør endrast før du publiserer.`,
          nb: `Les retningslinje ${guideline} og vurder om teksten bør endres før du publiserer.`,
          en: `Read guideline ${guideline} and consider changing the text before you post.`,
        },
      },
    },
    check({ doc, config, report }) {
      const terms = config.extraTerms?.[key];
      if (!Array.isArray(terms) || terms.length === 0) return;
      // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
      let sent = 0;
      for (const m of lexiconFor(terms).match(doc.tokens)) {
        if (sent >= MAX_FINDINGS) break;
        report({ messageId: 'extra-term', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
        sent += 1;
      }
    },
  });
}

export const EXTRA_TERM_RULES: readonly Rule[] = EXTRA_TERM_GUIDELINES.map((g) => extraTermsRule(g));
