import { screen, within } from '@testing-library/react';
import { caseContext, caseDetail, hoursAgo } from '../../test/fixtures';
import { mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();

describe('CaseContextCard', () => {
  it('says who the customer is now: VIP and segment, consent, other open cases, elsewhere, scores, follow-up', async () => {
    const context = caseContext({
      customer: { ...caseContext().customer, vip: true, segment: 'Business', preferredChannel: 'sms', replyChannel: 'sms', phone: '+15550100' },
      consent: [
        { purpose: 'contact_about_feedback', granted: true, recordedAt: hoursAgo(10) },
        { purpose: 'research', granted: false, recordedAt: hoursAgo(5) },
      ],
      otherOpenCases: [
        { id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0007', reference: 'FC-SEEABLE1', status: 'in_progress', department: 'Support', openedAt: hoursAgo(30), visible: true },
        { id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0008', reference: 'FC-HIDDEN22', status: 'assigned', department: 'Billing', openedAt: hoursAgo(40), visible: false },
      ],
      recentElsewhere: [{ feedbackId: 'fb000000-0000-4c1b-9d55-8c4a8f0d0009', channel: 'review', excerpt: 'Two stars: lost bag again', receivedAt: hoursAgo(48), sentiment: 'negative' }],
      scores: [
        { scale: 'nps', value: 9, at: hoursAgo(24 * 60) },
        { scale: 'csat', value: 2, at: hoursAgo(48) },
      ],
      followUp: { status: 'scheduled', score: null, scale: 'csat', at: hoursAgo(-20) },
    });
    mockCaseApi(CASE, {}, { context });
    renderApp(`/cases/${CASE.id}`);

    const card = within(await screen.findByRole('region', { name: 'Customer context' }));
    expect(await card.findByText('VIP')).toBeTruthy();
    expect(card.getByText('Business')).toBeTruthy();
    expect(card.getByText(/^SMS/)).toBeTruthy();
    expect(card.getByText('Contact about their feedback: yes')).toBeTruthy();
    expect(card.getByText('Research: withdrawn')).toBeTruthy();
    const others = within(card.getByRole('list', { name: 'Other open cases' }));
    expect(others.getByRole('link', { name: 'FC-SEEABLE1' }).getAttribute('href')).toBe('/cases/ca5e0000-0000-4c1b-9d55-8c4a8f0d0007');
    expect(others.queryByRole('link', { name: 'FC-HIDDEN22' })).toBeNull();
    expect(others.getByText('FC-HIDDEN22')).toBeTruthy();
    expect(card.getByText('Two stars: lost bag again')).toBeTruthy();
    expect(card.getByRole('figure', { name: 'Scores, oldest first: NPS 9, CSAT 2' })).toBeTruthy();
    expect(card.getByText('CSAT 2')).toBeTruthy();
    expect(card.getByText('Follow-up survey scheduled')).toBeTruthy();
  });
});
