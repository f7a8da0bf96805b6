import { getRouteApi } from '@tanstack/react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { Card, CardHeader } from '../../components/card';
import { focusRing } from '../../components/cn';
import { useErasureReceipt } from './hooks/use-portal-data';
import { formatWhen } from './portal-labels';
import { PortalLayout } from './portal-layout';

const route = getRouteApi('/portal/erased');

/** Rows changed per table, in words a customer understands (other tables by name). */
const TABLE_LABELS: Record<string, string> = {
  customer: 'Your profile',
  customer_identity: 'Email addresses, phone numbers and handles',
  feedback: 'Things you told us (scores kept)',
  outbound_message: 'Messages we sent you',
  initiative_comment: 'Comments on the public board',
  survey_invitation: 'Survey comments (scores kept)',
  customer_session: 'Signed-in sessions',
  portal_token: 'Sign-in links and codes',
  mailbox_message: 'Copies of messages',
};

/** `/portal/erased?receipt=<id>`: the receipt after an erasure; the customer is signed out by now. */
export function PortalErasureReceiptPage() {
  useDocumentTitle('Your data was erased');
  const { receipt: receiptId } = route.useSearch();
  const receipt = useErasureReceipt(receiptId ?? '').data;
  const rows = receipt ? Object.entries(receipt.summary).filter(([k]) => !k.startsWith('queue:') && k !== 'redis') : [];
  const jobs = receipt ? Object.entries(receipt.summary).filter(([k]) => k.startsWith('queue:') || k === 'redis').reduce((n, [, v]) => n + v, 0) : 0;

  return (
    <PortalLayout width="narrow">
      <Card>
        <CardHeader title="Your data was erased" description="We removed what identifies you and signed you out everywhere." />
        <div className="space-y-4 px-5 py-4 text-sm text-zinc-700">
          <div>
            <p className="text-zinc-500">Receipt number</p>
            <p className="font-mono text-base text-zinc-900" data-testid="erasure-receipt-id">
              {receiptId ?? 'unknown'}
            </p>
            {receipt && <p className="text-zinc-500">Completed {formatWhen(receipt.completedAt)}</p>}
          </div>
          <p>Keep this number: quote it if you contact us about your erasure. We keep the receipt (counts only, nothing about you).</p>
          {rows.length > 0 && (
            <table className="w-full text-left">
              <caption className="sr-only">What was removed or anonymised</caption>
              <thead>
                <tr className="border-b border-zinc-100 text-zinc-500">
                  <th scope="col" className="py-1 font-medium">Records</th>
                  <th scope="col" className="py-1 text-right font-medium">Changed</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([table, n]) => (
                  <tr key={table} className="border-b border-zinc-50">
                    <td className="py-1">{TABLE_LABELS[table] ?? table.replace(/_/g, ' ')}</td>
                    <td className="py-1 text-right tabular-nums">{n}</td>
                  </tr>
                ))}
                {jobs > 0 && (
                  <tr>
                    <td className="py-1">Queued work about you</td>
                    <td className="py-1 text-right tabular-nums">{jobs}</td>
                  </tr>
                )}
              </tbody>
            </table>
          )}
          <a href="/board" className={`inline-block rounded font-medium text-indigo-700 hover:text-indigo-600 ${focusRing}`}>
            Go to the public board
          </a>
        </div>
      </Card>
    </PortalLayout>
  );
}
