import type { Span } from './card-number';

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18,
  SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20, YE: 30,
};

/** ISO 13616 check: the IBAN (no spaces, upper case) rearranged and read as a number is 1 mod 97. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;

/**
 * IBANs written compactly or in groups separated by single spaces (or dashes): from each
 * country code + check digits, exactly the country's length of letters and digits is read, which
 * must end on a word boundary and pass the mod-97 check.
 */
export function findIbans(text: string): Span[] {
  const found: Span[] = [];
  let resumeAt = 0;
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index as number;
    if (start < resumeAt) continue;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    let collected = '';
    let position = start;
    while (position < text.length && collected.length < length) {
      const char = text[position];
      if (/[A-Za-z0-9]/.test(char)) {
        collected += char;
        position++;
      } else if ((char === ' ' || char === '-') && /[A-Za-z0-9]/.test(text[position + 1] ?? '') && collected.length >= 4) {
        position++;
      } else {
        break;
      }
    }
    if (collected.length !== length) continue;
    if (/[\p{L}\p{N}]/u.test(text[position] ?? '')) continue;
    if (!isValidIban(collected)) continue;
    found.push({ start, end: position });
    resumeAt = position;
  }
  return found;
}
