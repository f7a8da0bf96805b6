import { useParams } from '@tanstack/react-router';
import { ApiRequestError } from '../../../api/http';
import { Spinner } from '../../../components/spinner';
import { useDocumentTitle } from '../../../app/use-document-title';
import { FormView } from './form-view';
import { usePublicForm, useSubmitHostedForm } from './hooks/use-public-form';

/** `/f/<slug>`: a form on its own page, public, without the app's chrome, in the form's branding. */
export function HostedFormPage() {
  const { slug } = useParams({ from: '/f/$slug' });
  const form = usePublicForm(slug);
  const submit = useSubmitHostedForm(slug);
  useDocumentTitle(form.data?.branding.title ?? 'Feedback');

  return (
    <main className="flex min-h-dvh items-start justify-center bg-zinc-50 px-4 py-10 sm:py-16">
      <div className="w-full max-w-xl">
        {form.isPending ? (
          <div className="flex justify-center py-20" aria-label="Loading the form">
            <Spinner />
          </div>
        ) : form.isError ? (
          <div className="rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-zinc-200">
            <h1 className="text-lg font-semibold text-zinc-900">
              {form.error instanceof ApiRequestError && form.error.status === 404 ? 'This form is not available' : 'The form could not be loaded'}
            </h1>
            <p className="mt-2 text-sm text-zinc-500">
              {form.error instanceof ApiRequestError && form.error.status === 404
                ? 'It may have been closed. Thank you for wanting to tell us.'
                : 'Please check your connection and reload the page.'}
            </p>
          </div>
        ) : (
          <FormView form={form.data} onSubmit={(body, key) => submit.mutateAsync({ body, key })} />
        )}
        <p className="mt-6 text-center text-xs text-zinc-400">Powered by Fullcircle</p>
      </div>
    </main>
  );
}
