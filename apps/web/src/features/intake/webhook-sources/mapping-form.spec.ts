import { WEBHOOK_MAPPING_PRESETS } from '@fullcircle/shared';
import { defaultSourceValues, formFieldOf, mappingValues, toMapping, validateSourceForm } from './mapping-form';

describe('mapping form', () => {
  it.each(WEBHOOK_MAPPING_PRESETS.map((p) => [p.label, p] as const))('round-trips the %s preset', (_label, preset) => {
    const values = { ...defaultSourceValues(preset.id), ...mappingValues(preset.mapping) };
    expect(toMapping(values)).toEqual(preset.mapping);
  });

  it('reads metadata lines and a rating range', () => {
    const values = { ...defaultSourceValues('generic'), metadata: 'product = item.sku\n\n stars=rating ', scoreFromMin: '1', scoreFromMax: '10' };
    expect(toMapping(values)).toMatchObject({ metadata: { product: 'item.sku', stars: 'rating' }, score: { path: 'rating', scale: 'csat', from: { min: 1, max: 10 } } });
  });

  it('names the form field of each problem', () => {
    const values = { ...defaultSourceValues('review'), name: 'Reviews', network: 'trustpilot', text: 'review..text', authorHandle: '', scorePath: 'a[x]' };
    expect(validateSourceForm(values)).toMatchObject({ text: expect.any(String), authorHandle: expect.any(String), scorePath: expect.any(String) });
    expect(formFieldOf('mapping.score.from.max')).toBe('scoreFromMax');
    expect(formFieldOf('mapping.metadata.x')).toBe('metadata');
  });

  it('accepts a filled-in preset', () => {
    expect(validateSourceForm({ ...defaultSourceValues('social'), name: 'Mentions', network: 'twitter' })).toEqual({});
  });
});
