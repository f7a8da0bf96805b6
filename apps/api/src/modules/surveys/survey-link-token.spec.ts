import { randomBytes, randomUUID } from 'node:crypto';
import { signSurveyLink, verifySurveyLink } from './survey-link-token';

describe('survey link tokens', () => {
  const key = randomBytes(32);
  const id = randomUUID();
  const inADay = new Date(Date.now() + 86_400_000);

  it('round-trips the invitation id and the expiry (to the second)', () => {
    const check = verifySurveyLink(key, signSurveyLink(key, id, inADay));
    expect(check).toEqual({ ok: true, invitationId: id, expiresAt: new Date(Math.floor(inADay.getTime() / 1000) * 1000) });
  });

  it('is URL-safe', () => {
    expect(signSurveyLink(key, id, inADay)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('refuses a token signed with another key', () => {
    expect(verifySurveyLink(randomBytes(32), signSurveyLink(key, id, inADay))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses any single changed character', () => {
    const token = signSurveyLink(key, id, inADay);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifySurveyLink(key, tampered)).toMatchObject({ ok: false, reason: 'bad_signature' });
    }
  });

  it('refuses a later expiry grafted onto a real signature', () => {
    const [, signature] = signSurveyLink(key, id, inADay).split('.');
    const [payload] = signSurveyLink(key, id, new Date(inADay.getTime() + 86_400_000 * 365)).split('.');
    expect(verifySurveyLink(key, `${payload}.${signature}`)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('reports an expired token only when its signature holds', () => {
    const token = signSurveyLink(key, id, new Date(Date.now() - 1000));
    expect(verifySurveyLink(key, token)).toMatchObject({ ok: false, reason: 'expired' });
    expect(verifySurveyLink(randomBytes(32), token)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it.each(['', '.', 'abc', 'a.b.c', 'not base64!.x', `${'A'.repeat(28)}.`])('refuses malformed %p', (token) => {
    expect(verifySurveyLink(key, token)).toEqual({ ok: false, reason: 'bad_signature' });
  });
});
