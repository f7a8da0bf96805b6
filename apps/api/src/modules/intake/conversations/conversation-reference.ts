import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud and to type from a subject line.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "FC-" and 8 random characters: 40 bits, enough that guessing one is hopeless at any volume we see. */
export function newConversationReference(): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `FC-${out}`;
}

const REFERENCE_PATTERN = /\bFC-[0-9A-HJKMNP-TV-Z]{8}\b/i;

/** The first conversation reference quoted in a text (a subject line, an address), upper-cased. */
export function findConversationReference(text: string | undefined | null): string | null {
  const match = text ? REFERENCE_PATTERN.exec(text) : null;
  return match ? match[0].toUpperCase() : null;
}
