import type { FeedEntryDto } from '@fullcircle/shared';
import { digestText, isoWeek } from './feed-digest-text';

const entry = (over: Partial<FeedEntryDto>): FeedEntryDto => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'lesson',
  department: null,
  title: 'A title',
  body: 'A body',
  caseId: null,
  caseReference: null,
  person: null,
  author: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe(isoWeek.name, () => {
  it('numbers weeks the ISO way, including the week that straddles new year', () => {
    expect(isoWeek(new Date('2026-12-07T08:00:00Z'))).toBe('2026-W50');
    expect(isoWeek(new Date('2026-12-06T23:59:00Z'))).toBe('2026-W49');
    // 1 January 2027 is a Friday: it belongs to the last week of 2026
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
  });
});

describe(digestText.name, () => {
  const entries = [
    entry({ kind: 'process_change', title: 'Bags are now scanned at the gate', department: { id: 'd1', name: 'Baggage' } }),
    entry({
      kind: 'recognition',
      title: 'A customer thanked Milo Member',
      body: 'Thank you so much for finding my bag!',
      department: { id: 'd1', name: 'Baggage' },
      caseReference: 'FC-7K3M9QX2',
      person: { id: 'u1', name: 'Milo Member' },
    }),
    entry({ kind: 'announcement', title: 'New refund policy', body: 'x '.repeat(400) }),
  ];

  it('greets by first name, counts the updates and names the week', () => {
    const { subject, body } = digestText({ recipientName: 'Olivia Owner', week: '2026-W49', entries, feedUrl: 'http://localhost:3000/feed' });
    expect(subject).toBe('Fullcircle this week: 3 updates (2026-W49)');
    expect(body.startsWith('Hello Olivia,')).toBe(true);
    expect(body).toContain('Read the whole feed: http://localhost:3000/feed');
  });

  it('puts recognition first and says where each entry comes from', () => {
    const { body } = digestText({ recipientName: 'Olivia Owner', week: '2026-W49', entries, feedUrl: '/feed' });
    expect(body.indexOf('Recognition from customers (1)')).toBeLessThan(body.indexOf('What we changed (1)'));
    expect(body).toContain('- A customer thanked Milo Member (Baggage · FC-7K3M9QX2 · for Milo Member)');
    expect(body).toContain('- New refund policy (Company-wide)');
    expect(body).not.toContain('What we learned');
  });

  it('shortens long bodies to an excerpt', () => {
    const { body } = digestText({ recipientName: 'Ada', week: '2026-W49', entries, feedUrl: '/feed' });
    const line = body.split('\n').find((l) => l.startsWith('  x x'))!;
    expect(line.length).toBeLessThanOrEqual(2 + 240);
    expect(line.endsWith('…')).toBe(true);
  });
});
