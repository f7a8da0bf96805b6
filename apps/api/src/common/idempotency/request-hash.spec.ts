import fc from 'fast-check';
import { BodyTooDeepError, canonicalJson, requestHash } from './request-hash';

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('reads the same for any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it('is valid JSON that parses back to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))));
  });

  it('refuses a body nested deeper than any request needs', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(BodyTooDeepError);
  });
});

describe('requestHash', () => {
  const body = { text: 'Lost my bag', customer: { email: 'a@b.test', name: 'A' } };

  it('is stable under key order', () => {
    const reordered = { customer: { name: 'A', email: 'a@b.test' }, text: 'Lost my bag' };
    expect(requestHash('POST', '/api/intake/feedback', reordered)).toBe(requestHash('POST', '/api/intake/feedback', body));
  });

  it('changes with the body, the method or the path', () => {
    const base = requestHash('POST', '/api/intake/feedback', body);
    expect(requestHash('POST', '/api/intake/feedback', { ...body, text: 'Found it' })).not.toBe(base);
    expect(requestHash('PUT', '/api/intake/feedback', body)).not.toBe(base);
    expect(requestHash('POST', '/api/intake/other', body)).not.toBe(base);
  });

  it('tells an empty body from an empty string', () => {
    expect(requestHash('POST', '/x', undefined)).not.toBe(requestHash('POST', '/x', ''));
  });

  it('is a hex SHA-256', () => {
    expect(requestHash('post', '/x', {})).toMatch(/^[0-9a-f]{64}$/);
  });
});
