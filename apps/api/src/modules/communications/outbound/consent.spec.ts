import { consentRefusal } from './consent';

const on = new Date('2026-11-30T09:15:00Z');

describe(consentRefusal.name, () => {
  it('sends replies and surveys when the customer never said anything', () => {
    expect(consentRefusal('reply', null)).toBeNull();
    expect(consentRefusal('survey', null)).toBeNull();
  });

  it('says when the customer withdrew consent to be contacted about their feedback', () => {
    expect(consentRefusal('reply', { granted: false, recordedAt: on })).toBe('The customer withdrew consent to be contacted about their feedback on 2026-11-30');
  });

  it('needs an explicit grant for announcements', () => {
    expect(consentRefusal('announcement', null)).toBe('The customer has not agreed to receive product updates');
    expect(consentRefusal('announcement', { granted: true, recordedAt: on })).toBeNull();
  });

  it('respects a grant given again after a withdrawal (the latest record is passed in)', () => {
    expect(consentRefusal('survey', { granted: true, recordedAt: on })).toBeNull();
  });
});
