import { stripQuotedReply } from './reply-text';

describe('stripQuotedReply', () => {
  it('cuts a Gmail-style reply at "On … wrote:"', () => {
    const reply = 'Still no bag.\nPlease call me.\n\nOn Tue, 3 Mar 2026 at 10:02, Fullcircle <feedback@example.com> wrote:\n> We are looking into it.\n';
    expect(stripQuotedReply(reply)).toEqual({ text: 'Still no bag.\nPlease call me.', stripped: true });
  });

  it('cuts an "On … wrote:" line wrapped over two lines', () => {
    const reply = 'Thanks!\n\nOn Tue, 3 Mar 2026 at 10:02, Fullcircle Support <feedback@\nexample.com> wrote:\n> Hello';
    expect(stripQuotedReply(reply).text).toBe('Thanks!');
  });

  it('cuts at Outlook\'s original message and From/Sent header block', () => {
    expect(stripQuotedReply('Yes.\n-----Original Message-----\nFrom: x\nhello').text).toBe('Yes.');
    expect(stripQuotedReply('Yes please.\n\nFrom: Support <s@example.com>\nSent: Monday\nTo: me\nSubject: Re').text).toBe('Yes please.');
  });

  it('removes signatures and quoted lines', () => {
    expect(stripQuotedReply('Fine now.\n\n-- \nDana Whitfield\nACME').text).toBe('Fine now.');
    expect(stripQuotedReply('> old text\nMy answer\n> more old text\nSent from my iPhone').text).toBe('My answer');
  });

  it('keeps the whole text when cutting would leave nothing, and leaves plain text alone', () => {
    expect(stripQuotedReply('> only a quote')).toEqual({ text: '> only a quote', stripped: false });
    expect(stripQuotedReply('Just feedback, no history.\nSecond line.')).toEqual({ text: 'Just feedback, no history.\nSecond line.', stripped: false });
  });
});
