import { originAllowed } from './widget-origin';

describe('originAllowed', () => {
  const own = 'https://fc.example.com';

  it('lets non-browser clients (no Origin) and the product itself through', () => {
    expect(originAllowed(undefined, own, [])).toBe(true);
    expect(originAllowed('https://fc.example.com', own, [])).toBe(true);
    expect(originAllowed('http://localhost', 'http://localhost:80', [])).toBe(true);
  });

  it('lets an origin on the allow-list through, exactly', () => {
    expect(originAllowed('https://shop.example.com', own, ['https://shop.example.com'])).toBe(true);
    expect(originAllowed('http://shop.example.com', own, ['https://shop.example.com'])).toBe(false);
    expect(originAllowed('https://shop.example.com:8443', own, ['https://shop.example.com'])).toBe(false);
  });

  it('refuses other origins, the same host on another scheme, and junk', () => {
    expect(originAllowed('https://evil.example', own, ['https://shop.example.com'])).toBe(false);
    expect(originAllowed('http://fc.example.com', own, [])).toBe(false);
    expect(originAllowed('null', own, [])).toBe(false);
  });
});
