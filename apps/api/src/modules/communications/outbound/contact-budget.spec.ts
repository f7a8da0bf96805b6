import { DEFAULT_COMMUNICATION_SETTINGS } from '@fullcircle/shared';
import { type PastMessage, budgetLookbackStart, budgetVerdict } from './contact-budget';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600_000);
const settings = { ...DEFAULT_COMMUNICATION_SETTINGS, surveyCap: 1, surveyPeriodDays: 30, announcementCap: 2, announcementPeriodDays: 7, duplicateWindowHours: 24 };
const past = (over: Partial<PastMessage>): PastMessage => ({ purpose: 'survey', status: 'sent', dedupeKey: null, createdAt: daysAgo(1), ...over });

describe(budgetVerdict.name, () => {
  it('lets the first survey of the period through', () => {
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: 's1', now, settings, recent: [] })).toEqual({ ok: true });
  });

  it('holds back a second survey within the period, whatever channel the first went by', () => {
    const verdict = budgetVerdict({ purpose: 'survey', dedupeKey: 's2', now, settings, recent: [past({ createdAt: daysAgo(10) })] });
    expect(verdict).toEqual({ ok: false, reason: 'Contact limit: The customer already received 1 survey in the last 30 days (the limit is 1)' });
  });

  it('forgets surveys older than the period', () => {
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: 's2', now, settings, recent: [past({ createdAt: daysAgo(31) })] })).toEqual({ ok: true });
  });

  it('does not count messages that were suppressed or failed', () => {
    const recent = [past({ status: 'suppressed' }), past({ status: 'failed' })];
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: 's2', now, settings, recent })).toEqual({ ok: true });
  });

  it('counts queued and delivered messages', () => {
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: 's2', now, settings, recent: [past({ status: 'queued' })] }).ok).toBe(false);
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: 's2', now, settings, recent: [past({ status: 'delivered' })] }).ok).toBe(false);
  });

  it('caps announcements separately from surveys', () => {
    const recent = [past({ purpose: 'survey' }), past({ purpose: 'announcement' })];
    expect(budgetVerdict({ purpose: 'announcement', dedupeKey: 'a2', now, settings, recent })).toEqual({ ok: true });
    const verdict = budgetVerdict({ purpose: 'announcement', dedupeKey: 'a3', now, settings, recent: [...recent, past({ purpose: 'announcement' })] });
    expect(verdict.ok).toBe(false);
  });

  it('suppresses the same message within the duplicate window and says so', () => {
    const recent = [past({ purpose: 'announcement', dedupeKey: 'a1', createdAt: new Date(now.getTime() - 3600_000) })];
    expect(budgetVerdict({ purpose: 'announcement', dedupeKey: 'a1', now, settings, recent })).toEqual({
      ok: false,
      reason: 'The same message was already sent to this customer within 24 hours',
    });
    expect(budgetVerdict({ purpose: 'announcement', dedupeKey: 'a1', now, settings: { ...settings, duplicateWindowHours: 0 }, recent })).toEqual({ ok: true });
  });

  it('never holds back a reply, however many messages the customer had', () => {
    const recent = Array.from({ length: 10 }, () => past({ purpose: 'reply', dedupeKey: 'r' }));
    expect(budgetVerdict({ purpose: 'reply', dedupeKey: 'r', now, settings: { ...settings, surveyCap: 0, announcementCap: 0 }, recent })).toEqual({ ok: true });
  });

  it('sends no surveys at all when the cap is 0', () => {
    expect(budgetVerdict({ purpose: 'survey', dedupeKey: null, now, settings: { ...settings, surveyCap: 0 }, recent: [] })).toEqual({ ok: false, reason: 'Contact limit: No surveys are sent' });
  });
});

describe(budgetLookbackStart.name, () => {
  it('reaches back to the longest period', () => {
    expect(budgetLookbackStart(now, settings)).toEqual(daysAgo(30));
  });
});
