import type { LanguageSource } from '../intake/entities/feedback.entity';

export interface LanguageChoice {
  language: string | null;
  languageSource: LanguageSource | null;
}

/**
 * What the sender declared wins; otherwise a reliable detection; otherwise nothing, because a
 * wrong language would send a reply in the wrong language (P9).
 */
export function chooseLanguage(declared: string | null, detected: { language: string; reliable: boolean } | null): LanguageChoice {
  if (declared) return { language: declared, languageSource: 'declared' };
  if (detected?.reliable) return { language: detected.language, languageSource: 'detected' };
  return { language: null, languageSource: null };
}
