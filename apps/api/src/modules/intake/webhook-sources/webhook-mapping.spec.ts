import { WEBHOOK_MAPPING_PRESETS, applyWebhookMapping, convertRating, parseJsonPath, readJsonPath } from '@fullcircle/shared';

describe('webhook field mapping', () => {
  describe('parseJsonPath / readJsonPath', () => {
    it('reads dot paths with array indexes', () => {
      expect(parseJsonPath('items[0].text')).toEqual(['items', 0, 'text']);
      expect(parseJsonPath('[1][0].a-b')).toEqual([1, 0, 'a-b']);
      expect(readJsonPath({ items: [{ text: 'hi' }] }, 'items[0].text')).toBe('hi');
      expect(readJsonPath({ items: [] }, 'items[0].text')).toBeUndefined();
    });

    it.each(['', 'a..b', '.a', 'a.', 'a[x]', 'a[0', 'a b', 'a.1b'])('refuses %p', (path) => {
      expect(parseJsonPath(path)).toBeNull();
    });

    it('never reads inherited properties', () => {
      expect(readJsonPath({}, 'constructor')).toBeUndefined();
      expect(readJsonPath({ a: 'x' }, 'a.length')).toBeUndefined();
      expect(readJsonPath({ a: [1] }, 'a.length')).toBeUndefined();
    });
  });

  describe('convertRating', () => {
    it('maps 1–5 stars onto NPS and 1–10 onto CSAT', () => {
      expect([1, 3, 5].map((v) => convertRating(v, 'nps', { min: 1, max: 5 }))).toEqual([0, 5, 10]);
      expect([1, 10].map((v) => convertRating(v, 'csat', { min: 1, max: 10 }))).toEqual([1, 5]);
      expect(convertRating(4, 'csat')).toBe(4);
    });
  });

  describe('applyWebhookMapping', () => {
    it.each(WEBHOOK_MAPPING_PRESETS.map((p) => [p.label, p] as const))('maps the %s preset sample', (_label, preset) => {
      const result = applyWebhookMapping(preset.sample, preset.mapping, 'net');
      expect(result.ok).toBe(true);
    });

    it('names the payload path of a required field that is missing', () => {
      const preset = WEBHOOK_MAPPING_PRESETS[0];
      const result = applyWebhookMapping({ review: {} }, preset.mapping, 'trustpilot');
      expect(result).toEqual({
        ok: false,
        issues: expect.arrayContaining([
          { field: 'review.text', message: 'is missing (mapped to text)' },
          { field: 'review.id', message: 'is missing (mapped to externalMessageId)' },
        ]),
      });
    });

    it('reports schema problems (a NUL character) at the payload path', () => {
      const preset = WEBHOOK_MAPPING_PRESETS[2];
      const result = applyWebhookMapping({ ...preset.sample, text: 'a\u0000b' }, preset.mapping, 'x');
      expect(result).toMatchObject({ ok: false, issues: [{ field: 'text' }] });
    });

    it('refuses a payload that is not an object', () => {
      expect(applyWebhookMapping([1], WEBHOOK_MAPPING_PRESETS[0].mapping, 'x')).toEqual({ ok: false, issues: [{ field: 'body', message: 'must be a JSON object' }] });
    });
  });
});
