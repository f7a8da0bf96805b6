import type { ErasureReceiptDto, PortalMe } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ME: PortalMe = {
  profile: { id: 'c0000000-0000-4c1b-9d55-8c4a8f0c0001', name: 'Rowan Ash', preferredChannel: null, language: null, createdAt: '2026-11-01T09:00:00.000Z' },
  identities: [],
  consents: [],
  consentHistory: [],
  feedback: [],
  cases: [],
  messages: [],
  scores: [],
};

const RECEIPT: ErasureReceiptDto = {
  receiptId: 'e7a5e7a5-0000-4c1b-9d55-8c4a8f0c0001',
  customerId: ME.profile.id,
  requestedBy: 'customer',
  completedAt: '2026-12-02T12:00:00.000Z',
  summary: { customer: 1, customer_identity: 2, feedback: 3, 'queue:communications': 1 },
};

describe('PortalDataSection', () => {
  it('offers the export as a download link', async () => {
    mockFetch({ 'GET /api/portal/me': { status: 200, body: ME } });
    renderApp('/portal');
    const link = await screen.findByRole('link', { name: 'Download my data' });
    expect(link.getAttribute('href')).toBe('/api/portal/export');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('explains what is kept and removed, does nothing on Cancel, and shows the receipt after confirming', async () => {
    const calls = mockFetch({ 'GET /api/portal/me': { status: 200, body: ME }, 'POST /api/portal/erasure': { status: 200, body: RECEIPT } });
    renderApp('/portal');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase my data' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Erase all your data?' });
    expect(dialog.textContent).toMatch(/We remove.*your name, email addresses, phone numbers/);
    expect(dialog.textContent).toMatch(/We keep, without anything that identifies you,.*scores and ratings/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Erase my data' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Erase my data' }));
    expect(await screen.findByRole('heading', { name: 'Your data was erased' })).toBeTruthy();
    expect(screen.getByTestId('erasure-receipt-id').textContent).toBe(RECEIPT.receiptId);
    expect(screen.getByRole('row', { name: /Things you told us \(scores kept\) 3/ })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Queued work about you 1/ })).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init?.body))).toEqual({ confirm: 'ERASE' });
  });

  it('keeps the customer on the page with the reason when the erasure fails', async () => {
    mockFetch({
      'GET /api/portal/me': { status: 200, body: ME },
      'POST /api/portal/erasure': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong. Please try again.' } },
    });
    renderApp('/portal');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase my data' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Erase my data' }));
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your data was erased' })).toBeNull();
  });
});
