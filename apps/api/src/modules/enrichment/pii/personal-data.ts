import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findCardNumbers, type Span } from './card-number';
import { findIbans } from './iban';

export type PersonalDataKind = 'email' | 'phone' | 'card' | 'iban';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** UTF-16 offsets into the text, `text.slice(start, end) === value`. */
  start: number;
  end: number;
  value: string;
}

export interface FindPersonalDataOptions {
  /**
   * Region for phone numbers written without a country code (the organisation's or the channel's,
   * e.g. `GB`); without it only international numbers (`+44 ...`) are found.
   */
  defaultCountry?: CountryCode;
}

// Local part, @, dot-separated labels, a top-level domain of two letters or more.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/**
 * Personal data in free text: e-mail addresses, phone numbers (libphonenumber's full metadata,
 * valid numbers only), payment card numbers (13–19 digits passing Luhn) and IBANs (country length
 * and mod-97 check). Where two findings overlap the first kind in that order wins
 * (email, iban, card, phone): a card number is also a long digit string a phone parser may like.
 * Sorted by position.
 */
export function findPersonalData(text: string, options: FindPersonalDataOptions = {}): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, span: Span) => {
    if (findings.some((other) => span.start < other.end && other.start < span.end)) return;
    findings.push({ kind, start: span.start, end: span.end, value: text.slice(span.start, span.end) });
  };
  for (const match of text.matchAll(EMAIL)) add('email', { start: match.index as number, end: (match.index as number) + match[0].length });
  for (const span of findIbans(text)) add('iban', span);
  for (const span of findCardNumbers(text)) add('card', span);
  // The phone parser reads a run of digits as one candidate, so a phone number written next to a
  // card number would be read together with it and missed: it reads a copy with the findings so far
  // blanked out (same length, so offsets hold).
  let blanked = text;
  for (const finding of findings) {
    blanked = blanked.slice(0, finding.start) + 'X'.repeat(finding.end - finding.start) + blanked.slice(finding.end);
  }
  const phones = options.defaultCountry
    ? findPhoneNumbersInText(blanked, { defaultCountry: options.defaultCountry })
    : findPhoneNumbersInText(blanked);
  for (const phone of phones) add('phone', { start: phone.startsAt, end: phone.endsAt });
  return findings.sort((a, b) => a.start - b.start);
}

export const REDACTION_MARKS: Record<PersonalDataKind, string> = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  iban: '[iban]',
};

/**
 * The text with each finding replaced by a mark (`[email]`, `[phone]`...; or `mask(finding)`).
 * Findings must come from this very text: one whose value no longer sits at its offsets throws
 * rather than redacting the wrong characters. Overlapping findings are redacted as one.
 */
export function redact(
  text: string,
  findings: PersonalDataFinding[],
  mask: (finding: PersonalDataFinding) => string = (finding) => REDACTION_MARKS[finding.kind],
): string {
  for (const finding of findings) {
    if (text.slice(finding.start, finding.end) !== finding.value) {
      throw new Error(`finding ${finding.kind} at ${finding.start}–${finding.end} does not match the text`);
    }
  }
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let position = 0;
  for (const finding of ordered) {
    if (finding.end <= position) continue;
    if (finding.start < position) {
      // Overlaps the previous finding: extend that redaction over the rest of this one.
      position = finding.end;
      continue;
    }
    result += text.slice(position, finding.start) + mask(finding);
    position = finding.end;
  }
  return result + text.slice(position);
}
