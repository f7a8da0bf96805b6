import type { CustomerDetail, ErasureReceiptDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { customerDetail, sessionUser } from '../../test/fixtures';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const JANE: CustomerDetail = customerDetail();
const customerUrl = `/api/customers/${JANE.id}`;
const ERASED: CustomerDetail = { ...JANE, name: 'Erased customer', identities: [] };
const RECEIPT: ErasureReceiptDto = {
  receiptId: 'b7e1c2d3-0000-4c1b-9d55-8c4a8f0c0009',
  customerId: JANE.id,
  requestedBy: 'a0000000-0000-4c1b-9d55-8c4a8f0c0001',
  completedAt: '2026-12-02T13:30:00.000Z',
  summary: { customer: 1, customer_identity: 2, feedback: 3 },
};

function api(role: 'admin' | 'owner') {
  let erased = false;
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role) },
    [`GET ${customerUrl}`]: () => ({ status: 200, body: erased ? ERASED : JANE }),
    [`GET ${customerUrl}/timeline`]: { status: 200, body: [] },
    [`POST ${customerUrl}/erasure`]: () => {
      erased = true;
      return { status: 200, body: RECEIPT };
    },
  });
}

describe('Customer data requests card', () => {
  it('is not there for an owner', async () => {
    api('owner');
    renderApp(`/customers/${JANE.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Data requests' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Export data' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Erase customer…' })).toBeNull();
  });

  it('lets an admin export, and erase only after typing ERASE; shows the receipt and the anonymised customer', async () => {
    const calls = api('admin');
    renderApp(`/customers/${JANE.id}`);
    expect(await screen.findByRole('heading', { name: 'Data requests' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Export data' }).getAttribute('href')).toBe(`${customerUrl}/export`);

    fireEvent.click(screen.getByRole('button', { name: 'Erase customer…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Jane Doe?' });
    expect(dialog.textContent).toContain('consent records');
    expect(dialog.textContent).toContain('cases');
    const confirm = within(dialog).getByRole('button', { name: 'Erase customer' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type ERASE to confirm'), { target: { value: 'erase' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type ERASE to confirm'), { target: { value: 'ERASE' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toContain(`${customerUrl}/erasure`);
    expect(JSON.parse(String(post?.init?.body))).toEqual({ confirm: 'ERASE' });
    const receipt = screen.getByRole('note');
    expect(receipt.textContent).toContain(RECEIPT.receiptId);
    const counts = within(within(receipt).getByLabelText('Records changed'));
    expect(counts.getByText('customer identity').nextSibling?.textContent).toBe('2');
    expect(counts.getByText('feedback').nextSibling?.textContent).toBe('3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Erased customer' })).toBeTruthy();
  });
});
