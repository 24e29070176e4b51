/**
 * G7 (official context): a reply on behalf of the municipality longer than
 * 600 characters. The finding covers the part past the limit.
 */
import { defineRule } from '../../engine/rule';

/** Characters (code points, so an emoji counts once) a reply may have. */
export const MAX_REPLY_LENGTH = 600;

export default defineRule({
  meta: {
    id: 'g7-too-long',
    guideline: 7,
    severity: 'warning',
    contexts: ['official'],
    description: 'A reply on behalf of the municipality over 600 characters.',
    messages: {
      'too-long': {
        nn: 'Svaret er {count} teikn langt. Svar på vegner av heradet skal vera korte og konsise (høgst {max} teikn).',
        nb: 'Svaret er {count} tegn langt. Svar på vegne av kommunen skal være korte og konsise (høyst {max} tegn).',
        en: 'The reply is {count} characters long. Replies on behalf of the municipality should be short and concise (at most {max}).',
      },
    },
    suggestions: {
      'too-long': {
        nn: 'Kort ned til det viktigaste, og lenk heller til meir informasjon på nettsida.',
        nb: 'Kort ned til det viktigste, og lenk heller til mer informasjon på nettsiden.',
        en: 'Cut it down to the essentials, and link to more information on the website instead.',
      },
    },
  },
  check({ doc, report }) {
    const text = doc.norm.lower;
    // UTF-16 length is at least the count of code points: a short reply needs no count.
    if (text.length <= MAX_REPLY_LENGTH) return;
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) start += 1;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
    let count = 0;
    let cut = -1;
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > start) {
        const p = text.charCodeAt(i - 1);
        if (p >= 0xd800 && p <= 0xdbff) continue; // second half of a surrogate pair
      }
      count += 1;
      if (count === MAX_REPLY_LENGTH + 1) cut = i;
    }
    if (cut < 0) return;
    report({ messageId: 'too-long', start: cut, end, data: { count: String(count), max: String(MAX_REPLY_LENGTH) } });
  },
});
