import type { CustomerSummary } from '@fullcircle/shared';
import { useId, useState } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { cn } from '../../components/cn';
import { Spinner } from '../../components/spinner';
import { SearchInput } from '../../components/search-input';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { customerName, feedbackCountLabel, primaryContact } from './customer-labels';
import { useCustomers } from './hooks/use-customers';

const PICKER_SIZE = 8;

interface CustomerPickerProps {
  label: string;
  /** Never offered (the customer being merged into). */
  excludeId: string;
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary) => void;
}

/** Search customers and choose one: a search box over a radio list of the first matches. */
export function CustomerPicker({ label, excludeId, value, onChange }: CustomerPickerProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim()) || undefined;
  const customers = useCustomers(debounced, PICKER_SIZE);
  const options = (customers.data?.pages[0]?.items ?? []).filter((c) => c.id !== excludeId);
  const name = useId();

  return (
    <div className="space-y-2">
      <SearchInput
        autoFocus
        aria-label={`Search ${label.toLowerCase()}`}
        placeholder="Name, email or phone"
        value={search}
        onValueChange={setSearch}
        trailing={customers.isFetching && <Spinner className="absolute top-1/2 right-2.5 -translate-y-1/2 text-zinc-400" />}
      />
      {customers.isError && !customers.data ? (
        <Alert title="Could not search customers">{errorMessage(customers.error)}</Alert>
      ) : (
        <div role="radiogroup" aria-label={label} className="max-h-64 divide-y divide-zinc-100 overflow-y-auto rounded-md ring-1 ring-zinc-300">
          {customers.isPending ? (
            <p className="px-3 py-2 text-sm text-zinc-500">Searching…</p>
          ) : options.length === 0 ? (
            <p className="px-3 py-2 text-sm text-zinc-500">{debounced ? 'No other customer matches.' : 'No other customers yet.'}</p>
          ) : (
            options.map((customer) => {
              const contact = primaryContact(customer);
              const checked = value?.id === customer.id;
              return (
                <label
                  key={customer.id}
                  className={cn('flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-zinc-50 has-[:focus-visible]:bg-indigo-50', checked && 'bg-indigo-50/60')}
                >
                  <input
                    type="radio"
                    name={name}
                    className="mt-1 size-4 shrink-0 accent-indigo-600"
                    checked={checked}
                    onChange={() => onChange(customer)}
                    aria-label={contact ? `${customerName(customer)} (${contact})` : customerName(customer)}
                  />
                  <span className="min-w-0 flex-1">
                    <span className={cn('block font-medium', customer.name ? 'text-zinc-900' : 'text-zinc-500 italic')}>{customerName(customer)}</span>
                    <span className="block truncate text-xs text-zinc-500">
                      {contact ?? 'No email or phone'} · {feedbackCountLabel(customer.feedbackCount)}
                    </span>
                  </span>
                </label>
              );
            })
          )}
        </div>
      )}
      {customers.hasNextPage && <p className="text-xs text-zinc-500">Showing the first matches: type more to narrow them down.</p>}
    </div>
  );
}
