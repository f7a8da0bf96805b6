import { publicFirstName } from './board-names';

describe(publicFirstName.name, () => {
  it('keeps only the first name', () => {
    expect(publicFirstName('  Maria   da Silva ')).toBe('Maria');
  });

  it('says "A customer" when there is no name', () => {
    expect(publicFirstName(null)).toBe('A customer');
    expect(publicFirstName('   ')).toBe('A customer');
  });

  it('never shows an email or a phone number stored as a name', () => {
    expect(publicFirstName('maria@example.com')).toBe('A customer');
    expect(publicFirstName('+44 7700 900123')).toBe('A customer');
  });
});
