import { chooseLanguage } from './language-choice';

describe(chooseLanguage.name, () => {
  it('keeps the language the sender declared, whatever the text looks like', () => {
    expect(chooseLanguage('fr', { language: 'en', reliable: true })).toEqual({ language: 'fr', languageSource: 'declared' });
  });

  it('takes a reliable detection when nothing was declared', () => {
    expect(chooseLanguage(null, { language: 'de', reliable: true })).toEqual({ language: 'de', languageSource: 'detected' });
  });

  it('stores no language rather than an unreliable guess', () => {
    expect(chooseLanguage(null, { language: 'pl', reliable: false })).toEqual({ language: null, languageSource: null });
    expect(chooseLanguage(null, null)).toEqual({ language: null, languageSource: null });
  });
});
