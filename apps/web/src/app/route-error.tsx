import type { ErrorComponentProps } from '@tanstack/react-router';
import { TriangleAlert } from 'lucide-react';
import { errorMessage } from '../api/http';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';

/** Shown when a route fails to load (e.g. the API is unreachable while checking the session). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <div className="flex min-h-full items-center justify-center p-6">
      <EmptyState
        icon={TriangleAlert}
        title="Something went wrong"
        action={
          <Button variant="secondary" onClick={() => (reset(), window.location.reload())}>
            Reload
          </Button>
        }
      >
        {errorMessage(error)}
      </EmptyState>
    </div>
  );
}
