import type { CustomerSummary } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { Contact, Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button, buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { cn } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { SearchInput } from '../../components/search-input';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { CustomersTable } from './customers-table';
import { useCustomers } from './hooks/use-customers';

function uniqueById(customers: CustomerSummary[]): CustomerSummary[] {
  const seen = new Set<string>();
  return customers.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

/** "12 customers", or "1 customer matches" while searching. */
function countLine(count: number, searching: boolean): string {
  const noun = count === 1 ? '1 customer' : `${count} customers`;
  if (!searching) return noun;
  return `${noun} ${count === 1 ? 'matches' : 'match'}`;
}

export function CustomersPage() {
  useDocumentTitle('Customers');
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim()) || undefined;
  const customers = useCustomers(debouncedSearch);
  const items = useMemo(() => uniqueById(customers.data?.pages.flatMap((p) => p.items) ?? []), [customers.data]);

  return (
    <div className="space-y-6">
      <PageHeader title="Customers" description="Everyone who has given feedback, one person across every channel they used." />
      <Card>
        <div className="border-b border-zinc-100 p-3">
          <SearchInput aria-label="Search customers" placeholder="Search by name, email or phone" value={search} onValueChange={setSearch} />
        </div>
        {customers.isPending ? (
          <SkeletonRows label="Loading customers" />
        ) : customers.isError && !customers.data ? (
          <div className="p-5">
            <Alert title="Could not load customers">
              {errorMessage(customers.error)}{' '}
              <button type="button" className="font-medium underline" onClick={() => customers.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : items.length === 0 ? (
          debouncedSearch ? (
            <EmptyState icon={Search} title={`No customers match “${debouncedSearch}”`}>
              Try another name, email address or phone number.
            </EmptyState>
          ) : (
            <EmptyState
              icon={Contact}
              title="No customers yet"
              action={
                me.role === 'admin' ? (
                  <Link to="/settings/channels" className={buttonClasses('secondary')}>
                    Set up channels
                  </Link>
                ) : undefined
              }
            >
              Customers appear here as soon as their first feedback arrives, whichever channel it comes through.
            </EmptyState>
          )
        ) : (
          <>
            <div className={cn(customers.isPlaceholderData && 'opacity-60')}>
              <CustomersTable customers={items} />
            </div>
            <div className="border-t border-zinc-100 px-5 py-3 text-center">
              {customers.isFetchNextPageError && (
                <Alert className="mb-3 text-left" title="Could not load more customers">
                  {errorMessage(customers.error)}
                </Alert>
              )}
              {customers.hasNextPage ? (
                <Button variant="secondary" loading={customers.isFetchingNextPage} onClick={() => customers.fetchNextPage()}>
                  Load more
                </Button>
              ) : (
                <p className="text-xs text-zinc-500">{countLine(items.length, Boolean(debouncedSearch))}</p>
              )}
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
