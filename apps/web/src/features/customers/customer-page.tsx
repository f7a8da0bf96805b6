import type { CustomerDetail, CustomerIdentity } from '@fullcircle/shared';
import { Link, Navigate, useParams } from '@tanstack/react-router';
import { ArrowLeft, UserRoundX } from 'lucide-react';
import { useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { Skeleton, SkeletonRows } from '../../components/skeleton';
import { useCurrentUser } from '../auth/hooks/use-session';
import { CustomerConsents } from './customer-consents';
import { CustomerDataRequests } from './customer-data-requests';
import { CustomerHeader } from './customer-header';
import { customerName, describeIdentity } from './customer-labels';
import { CustomerTimeline } from './customer-timeline';
import { useCustomer } from './hooks/use-customer';
import { MergeCustomerDialog } from './merge-customer-dialog';
import { RecordConsentDialog } from './record-consent-dialog';
import { CustomerCases } from '../cases/customer-cases';
import { EditSegmentDialog } from './edit-segment-dialog';
import { SplitIdentityDialog } from './split-identity-dialog';

function BackLink() {
  return (
    <Link to="/customers" className={cn('inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-500 hover:text-zinc-900', focusRing)}>
      <ArrowLeft aria-hidden className="size-4" />
      Customers
    </Link>
  );
}

function LoadingCustomer() {
  return (
    <div role="status" aria-label="Loading customer" className="space-y-6">
      <Card className="flex items-center gap-3 p-5">
        <Skeleton className="size-12 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-3 w-72" />
        </div>
      </Card>
      <Card>
        <SkeletonRows rows={3} />
      </Card>
    </div>
  );
}

function CustomerView({ customer }: { customer: CustomerDetail }) {
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const [merging, setMerging] = useState(false);
  const [recording, setRecording] = useState(false);
  const canSegment = me.role === 'admin' || me.role === 'owner';
  const [segmenting, setSegmenting] = useState(false);
  const [splitting, setSplitting] = useState<CustomerIdentity | null>(null);
  const [splitOff, setSplitOff] = useState<{ customer: CustomerDetail; value: string } | null>(null);

  return (
    <>
      <CustomerHeader
        customer={customer}
        onMerge={isAdmin ? () => setMerging(true) : undefined}
        onSplit={isAdmin ? setSplitting : undefined}
        onEditSegment={canSegment ? () => setSegmenting(true) : undefined}
      />
      {canSegment && <EditSegmentDialog customer={customer} open={segmenting} onOpenChange={setSegmenting} />}
      {splitOff && (
        <Alert tone="info" title="Identity split off">
          {splitOff.value} now belongs to a new customer.{' '}
          <Link to="/customers/$customerId" params={{ customerId: splitOff.customer.id }} className="font-medium underline">
            Open the new customer
          </Link>
        </Alert>
      )}
      {/* grid-cols-1 (minmax(0, 1fr)): long unbroken text must not widen the column past the screen. */}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <CustomerTimeline customer={customer} />
        </div>
        <div className="min-w-0 space-y-6">
          <CustomerCases customerId={customer.id} />
          <CustomerConsents customer={customer} onRecord={isAdmin ? () => setRecording(true) : undefined} />
          {isAdmin && <CustomerDataRequests customer={customer} />}
        </div>
      </div>
      {isAdmin && (
        <>
          <MergeCustomerDialog target={customer} open={merging} onOpenChange={setMerging} />
          <RecordConsentDialog customerId={customer.id} open={recording} onOpenChange={setRecording} />
          <SplitIdentityDialog
            customer={customer}
            identity={splitting}
            onClose={() => setSplitting(null)}
            onSplit={(created, identity) => setSplitOff({ customer: created, value: describeIdentity(identity).value })}
          />
        </>
      )}
    </>
  );
}

function CustomerContent({ customerId }: { customerId: string }) {
  const customer = useCustomer(customerId);
  useDocumentTitle(customer.data ? customerName(customer.data) : 'Customer', 'Customers');

  if (customer.isPending) return <LoadingCustomer />;
  if (customer.isError) {
    if (customer.error instanceof ApiRequestError && customer.error.status === 404) {
      return (
        <Card>
          <EmptyState
            icon={UserRoundX}
            title="Customer not found"
            action={
              <Link to="/customers" className={buttonClasses('primary')}>
                Back to customers
              </Link>
            }
          >
            There is no customer at this address. Search for them by name, email or phone.
          </EmptyState>
        </Card>
      );
    }
    return (
      <Alert title="Could not load this customer">
        {errorMessage(customer.error)}{' '}
        <button type="button" className="font-medium underline" onClick={() => customer.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  // The id of a customer merged away answers with the customer it went into: show that one's address.
  if (customer.data.id !== customerId) {
    return <Navigate to="/customers/$customerId" params={{ customerId: customer.data.id }} replace />;
  }
  return <CustomerView customer={customer.data} />;
}

/** P2: one customer across every channel — who they are, what they agreed to, everything they said. */
export function CustomerPage() {
  const { customerId } = useParams({ from: '/app/customers/$customerId' });
  return (
    <div className="space-y-6">
      <BackLink />
      {/* Keyed: opening another customer (e.g. one just split off) starts with fresh page state. */}
      <CustomerContent key={customerId} customerId={customerId} />
    </div>
  );
}
