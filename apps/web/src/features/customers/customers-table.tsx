import type { CustomerSummary } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { Avatar } from '../../components/avatar';
import { cn, focusRing } from '../../components/cn';
// The same relative wording as the users table ("3 hours ago", "yesterday").
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { customerName, primaryContact } from './customer-labels';

const th = 'px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500';

export function CustomersTable({ customers }: { customers: readonly CustomerSummary[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm" aria-label="Customers">
        <thead>
          <tr className="border-b border-zinc-100">
            <th scope="col" className={th}>Customer</th>
            <th scope="col" className={cn(th, 'text-right')}>Feedback</th>
            <th scope="col" className={th}>Last feedback</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {customers.map((customer) => {
            const name = customerName(customer);
            const contact = primaryContact(customer);
            return (
              <tr key={customer.id} className="hover:bg-zinc-50/70">
                <td className="px-4 py-3">
                  <span className="flex items-center gap-3">
                    <Avatar name={customer.name ?? ''} className={cn(!customer.name && 'bg-zinc-100 text-zinc-500')} />
                    <span className="min-w-0">
                      <Link
                        to="/customers/$customerId"
                        params={{ customerId: customer.id }}
                        className={cn('rounded font-medium hover:text-indigo-700 hover:underline', customer.name ? 'text-zinc-900' : 'text-zinc-500 italic', focusRing)}
                      >
                        {name}
                      </Link>
                      <span className="block truncate text-zinc-500">{contact ?? 'No email or phone'}</span>
                    </span>
                  </span>
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums text-zinc-900">{customer.feedbackCount}</td>
                <td className="px-4 py-3 whitespace-nowrap text-zinc-500">
                  {customer.lastFeedbackAt ? (
                    <time dateTime={customer.lastFeedbackAt} title={new Date(customer.lastFeedbackAt).toLocaleString()}>
                      {formatRelative(customer.lastFeedbackAt)}
                    </time>
                  ) : (
                    <span className="text-zinc-400">No feedback yet</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
