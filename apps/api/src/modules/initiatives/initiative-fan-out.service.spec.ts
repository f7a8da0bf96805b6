import { INITIATIVE_TRANSITIONS, updateInitiativeRequestSchema } from '@fullcircle/shared';
import { budgetVerdict } from '../communications/outbound/contact-budget';
import { consentRefusal } from '../communications/outbound/consent';
import { noticeOutcome } from './initiative-fan-out.service';
import { DEFAULT_INITIATIVE_VERSIONS, excerpt } from './initiative-templates';
import { unknownVariables } from '../communications/templates/template-renderer';

const SETTINGS = { surveyCap: 1, surveyPeriodDays: 30, announcementCap: 1, announcementPeriodDays: 30, duplicateWindowHours: 24 };
const now = new Date('2026-12-01T12:00:00Z');

describe('noticeOutcome', () => {
  it('reads a missing or withdrawn consent as no_consent', () => {
    expect(noticeOutcome(consentRefusal('announcement', null)!)).toBe('no_consent');
    expect(noticeOutcome(consentRefusal('announcement', { granted: false, recordedAt: now })!)).toBe('no_consent');
    expect(noticeOutcome(consentRefusal('reply', { granted: false, recordedAt: now })!)).toBe('no_consent');
  });

  it('reads a missing address as unreachable', () => {
    expect(noticeOutcome('No email address is known for this customer')).toBe('unreachable');
    expect(noticeOutcome('No phone number is known for this customer')).toBe('unreachable');
    expect(noticeOutcome('The customer no longer exists')).toBe('unreachable');
  });

  it('reads the contact budget and duplicate suppression as over_budget', () => {
    const used = budgetVerdict({ purpose: 'announcement', dedupeKey: 'x', now, settings: SETTINGS, recent: [{ purpose: 'announcement', status: 'sent', dedupeKey: 'y', createdAt: now }] });
    expect(used.ok).toBe(false);
    expect(noticeOutcome((used as { reason: string }).reason)).toBe('over_budget');
  });
});

describe('initiative templates', () => {
  it.each(Object.entries(DEFAULT_INITIATIVE_VERSIONS))('%s uses only variables a saved template may use, in en, de, fr and es', (_, versions) => {
    expect(versions.map((v) => v.language)).toEqual(['en', 'de', 'fr', 'es']);
    for (const v of versions) expect([...unknownVariables(v.subject ?? ''), ...unknownVariables(v.body)]).toEqual([]);
  });

  it('quotes the first twenty words of what the customer said', () => {
    expect(excerpt('one two three')).toBe('one two three');
    expect(excerpt(Array.from({ length: 25 }, (_, i) => `w${i}`).join(' '))).toBe(`${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')}…`);
  });
});

describe('initiative status moves', () => {
  it('ends at shipped or declined, and needs the outcome note to get there', () => {
    expect(INITIATIVE_TRANSITIONS.shipped).toEqual([]);
    expect(INITIATIVE_TRANSITIONS.declined).toEqual([]);
    const missing = updateInitiativeRequestSchema.safeParse({ status: 'shipped' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0].path).toEqual(['outcomeNote']);
    expect(updateInitiativeRequestSchema.safeParse({ status: 'declined', outcomeNote: 'Not allowed in the hold yet.' }).success).toBe(true);
  });
});
