/** Luhn (mod 10) check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export interface Span {
  start: number;
  end: number;
}

// A run of digit groups joined by single spaces or dashes, not glued to letters or other digits
// (so digits inside an alphanumeric id such as a tracking number are not looked at), nor after a
// "+": that is a phone number in international format, which can pass Luhn by chance.
const DIGIT_RUN = /(?<![\p{L}\p{N}+])\d+(?:[ -]\d+)*(?![\p{L}\p{N}])/gu;

/**
 * Payment card numbers: 13–19 digits, written together or in groups separated by single spaces or
 * dashes, passing the Luhn check. Within a longer run of groups (a card number followed by a year,
 * say) the earliest, then longest, Luhn-valid stretch of whole groups is taken. No issuer-prefix
 * check: a false positive only over-redacts, a missed card leaks one.
 */
export function findCardNumbers(text: string): Span[] {
  const found: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups: { start: number; end: number; digits: string }[] = [];
    for (const group of run[0].matchAll(/\d+/g)) {
      const start = (run.index as number) + (group.index as number);
      groups.push({ start, end: start + group[0].length, digits: group[0] });
    }
    let first = 0;
    while (first < groups.length) {
      let best = -1;
      let digits = '';
      for (let last = first; last < groups.length; last++) {
        digits += groups[last].digits;
        if (digits.length > 19) break;
        if (digits.length >= 13 && passesLuhn(digits)) best = last;
      }
      if (best >= 0) {
        found.push({ start: groups[first].start, end: groups[best].end });
        first = best + 1;
      } else {
        first++;
      }
    }
  }
  return found;
}
