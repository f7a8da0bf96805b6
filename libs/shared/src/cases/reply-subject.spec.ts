import { replySubject } from './reply-subject';

describe('replySubject', () => {
  it('answers the first message’s subject with the case reference', () => {
    expect(replySubject({ reference: 'FC-7K3M9QX2', subject: 'Lost bag at JFK', text: 'They lost it.' })).toBe('Re: Lost bag at JFK [FC-7K3M9QX2]');
  });

  it('does not stack a second "Re:" or repeat the reference', () => {
    expect(replySubject({ reference: 'FC-1', subject: 'RE: Refund [FC-1]', text: '' })).toBe('RE: Refund [FC-1]');
  });

  it('uses the first words of the text when there is no subject, cut at 60 characters', () => {
    const subject = replySubject({ reference: 'FC-2', subject: null, text: `My   flight ${'was very late '.repeat(10)}` });
    expect(subject.startsWith('Re: My flight was very late')).toBe(true);
    expect(subject).toMatch(/… \[FC-2\]$/);
    expect(subject.length).toBeLessThanOrEqual('Re: '.length + 60 + ' [FC-2]'.length);
  });
});
