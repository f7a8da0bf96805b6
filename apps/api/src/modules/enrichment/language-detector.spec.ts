import { LanguageDetector } from './language-detector';

describe(LanguageDetector.name, () => {
  const sut = new LanguageDetector();

  it.each([
    ['The crew was friendly but my bag arrived two days late.', 'en'],
    ['Le vol était en retard de trois heures et personne ne nous a informés.', 'fr'],
    ['El vuelo fue excelente, gracias.', 'es'],
  ])('recognises %s as %s', async (text, language) => {
    expect(await sut.detect(text)).toEqual({ language, reliable: true });
  });

  it('says when a text is too short to tell', async () => {
    expect(await sut.detect('ok')).toMatchObject({ reliable: false });
    expect(await sut.detect('')).toBeNull();
  });
});
