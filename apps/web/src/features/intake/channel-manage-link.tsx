import { Link } from '@tanstack/react-router';
import { ArrowRight } from 'lucide-react';
import { cn, focusRing } from '../../components/cn';

const linkClass = cn('inline-flex items-center gap-1 rounded text-sm font-medium text-indigo-700 hover:text-indigo-900', focusRing);

function Arrow() {
  return <ArrowRight aria-hidden className="size-3.5" />;
}

/** The way into a channel's own settings page, for the channels that have one. */
export function ChannelManageLink({ cardId }: { cardId: string }) {
  switch (cardId) {
    case 'web':
    case 'chat':
      return (
        <Link to="/settings/channels/forms" className={linkClass}>
          Manage forms and widget <Arrow />
        </Link>
      );
    case 'email':
      return (
        <Link to="/settings/channels/email" className={linkClass}>
          Email setup <Arrow />
        </Link>
      );
    case 'survey':
      return (
        <Link to="/settings/channels/surveys" className={linkClass}>
          Manage surveys <Arrow />
        </Link>
      );
    case 'social':
      return (
        <Link to="/settings/channels/webhook-sources" className={linkClass}>
          Manage sources <Arrow />
        </Link>
      );
    case 'csv':
      return (
        <Link to="/settings/channels/csv-import" className={linkClass}>
          Import a file <Arrow />
        </Link>
      );
    default:
      return null;
  }
}
