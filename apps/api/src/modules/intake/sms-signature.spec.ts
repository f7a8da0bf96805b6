import { isValidTwilioSignature, twilioSignature } from './sms-signature';

// Twilio's request-validation docs: auth token 12345, this URL and these voice-call params.
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
const DOCUMENTED = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('twilioSignature', () => {
  it("matches the example in Twilio's documentation", () => {
    expect(twilioSignature(TOKEN, URL, PARAMS)).toBe(DOCUMENTED);
  });

  it("matches the Twilio SDKs' older vector too", () => {
    expect(twilioSignature(TOKEN, URL, { ...PARAMS, Caller: '+14158675309', From: '+14158675309' })).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  });

  it('does not depend on the order the params arrive in', () => {
    const reversed = Object.fromEntries(Object.entries(PARAMS).reverse());
    expect(twilioSignature(TOKEN, URL, reversed)).toBe(DOCUMENTED);
  });

  it('signs every value of a repeated param, whatever order they arrive in', () => {
    const once = twilioSignature(TOKEN, URL, { Digits: ['5678', '1234'] });
    expect(twilioSignature(TOKEN, URL, { Digits: ['1234', '5678'] })).toBe(once);
    expect(twilioSignature(TOKEN, URL, { Digits: '1234' })).not.toBe(once);
  });
});

describe('isValidTwilioSignature', () => {
  it('accepts the signature Twilio sent', () => {
    expect(isValidTwilioSignature(TOKEN, URL, PARAMS, DOCUMENTED)).toBe(true);
  });

  it.each([
    ['a tampered param', TOKEN, URL, { ...PARAMS, Digits: '9999' }, DOCUMENTED],
    ['an added param', TOKEN, URL, { ...PARAMS, Extra: '1' }, DOCUMENTED],
    ['another URL', TOKEN, `${URL}&baz=3`, PARAMS, DOCUMENTED],
    ['another token', 'abcdef0123456789', URL, PARAMS, DOCUMENTED],
    ['a truncated signature', TOKEN, URL, PARAMS, DOCUMENTED.slice(0, -1)],
    ['an empty signature', TOKEN, URL, PARAMS, ''],
    ['no signature', TOKEN, URL, PARAMS, undefined],
  ])('refuses %s', (_, token, url, params, signature) => {
    expect(isValidTwilioSignature(token, url, params, signature)).toBe(false);
  });
});
