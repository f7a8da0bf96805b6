import { OPEN_CASE_STATUSES } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../api/http';
import { Card, CardHeader } from '../../components/card';
import { Skeleton } from '../../components/skeleton';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { StatusBadge } from './case-chips';
import { CUSTOMER_CASES_SHOWN, useCustomerCases } from './hooks/use-customer-cases';

/**
 * The customer's cases across departments (P2: whoever handles a customer sees their open cases),
 * limited to the departments the signed-in user may see.
 */
export function CustomerCases({ customerId }: { customerId: string }) {
  const cases = useCustomerCases(customerId);
  const list = cases.data?.cases ?? [];
  const open = list.filter((c) => OPEN_CASE_STATUSES.includes(c.status)).length;
  return (
    <Card>
      <CardHeader
        title="Cases"
        description={cases.data ? (list.length === 0 ? 'None you can see.' : `${open} open${list.length >= CUSTOMER_CASES_SHOWN ? `, newest ${CUSTOMER_CASES_SHOWN} shown` : ''}`) : undefined}
      />
      {cases.isPending ? (
        <div role="status" aria-label="Loading cases" className="space-y-2 px-5 py-4">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : cases.isError ? (
        <p className="px-5 py-4 text-sm text-red-700">{errorMessage(cases.error)}</p>
      ) : (
        list.length > 0 && (
          <ul aria-label="Cases" className="divide-y divide-zinc-100">
            {list.map((c) => (
              <li key={c.id} className="px-5 py-3 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <Link to="/cases/$caseId" params={{ caseId: c.id }} className="font-mono text-xs font-medium text-indigo-700 hover:underline">
                    {c.reference}
                  </Link>
                  <StatusBadge status={c.status} />
                </div>
                <p className="mt-1 truncate text-zinc-700" title={c.subject ?? c.excerpt}>
                  {c.subject ?? c.excerpt}
                </p>
                <p className="mt-0.5 text-xs text-zinc-500">
                  {c.department?.name ?? 'Triage'} · opened {formatRelative(c.openedAt)}
                </p>
              </li>
            ))}
          </ul>
        )
      )}
    </Card>
  );
}
