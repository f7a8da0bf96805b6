import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { MailCheck, MessageSquareText } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../components/tabs';
import { TextField } from '../../components/text-field';
import { useRequestPortalSignIn, useVerifyPortalSignIn } from './hooks/use-portal';
import { PortalLayout, PortalPanel } from './portal-layout';
import { portalRedirectPath } from './portal-redirect';

const route = getRouteApi('/portal/sign-in');

const fieldError = (error: unknown, field: string) =>
  error instanceof ApiRequestError ? error.issues.find((i) => i.field === field)?.message : undefined;

/** `/portal/sign-in`: no password; a link by email or a code by SMS. Public, outside the staff app. */
export function PortalSignInPage() {
  useDocumentTitle('Sign in', 'Your portal');
  const { redirect } = route.useSearch();
  return (
    <PortalLayout width="narrow">
      <PortalPanel>
        <h1 className="text-xl font-semibold text-zinc-900">Sign in to your portal</h1>
        <p className="mt-1 text-sm text-zinc-500">See everything we hold about you, and change it. No password needed.</p>
        <Tabs defaultValue="email" className="mt-6">
          <TabsList className="px-0">
            <TabsTrigger value="email">Email</TabsTrigger>
            <TabsTrigger value="sms">Text message</TabsTrigger>
          </TabsList>
          <TabsContent value="email" className="pt-5">
            <EmailSignIn />
          </TabsContent>
          <TabsContent value="sms" className="pt-5">
            <SmsSignIn redirect={redirect} />
          </TabsContent>
        </Tabs>
      </PortalPanel>
    </PortalLayout>
  );
}

function EmailSignIn() {
  const { redirect } = route.useSearch();
  const signIn = useRequestPortalSignIn();
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ channel: 'email', email, ...(redirect ? { redirect: portalRedirectPath(redirect) } : {}) });
  };
  if (signIn.isSuccess) {
    return (
      <div className="text-center" role="status">
        <MailCheck aria-hidden className="mx-auto size-8 text-indigo-600" />
        <h2 className="mt-3 text-base font-semibold text-zinc-900">Check your email</h2>
        <p className="mt-1 text-sm text-zinc-600">{signIn.data.message}</p>
        <p className="mt-3 text-xs text-zinc-500">Open the link on this device{redirect ? ' and we will bring you back where you were' : ''}.</p>
        <Button variant="ghost" className="mt-4" onClick={() => signIn.reset()}>
          Use another address
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField
        label="Email address"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError(signIn.error, 'email')}
      />
      {signIn.isError && !fieldError(signIn.error, 'email') && <Alert>{errorMessage(signIn.error)}</Alert>}
      <Button type="submit" className="w-full" loading={signIn.isPending}>
        Email me a sign-in link
      </Button>
    </form>
  );
}

function SmsSignIn({ redirect }: { redirect?: string }) {
  const signIn = useRequestPortalSignIn();
  const verify = useVerifyPortalSignIn();
  const navigate = useNavigate();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');

  if (!signIn.isSuccess) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate({ channel: 'sms', phone });
        }}
        noValidate
        className="space-y-4"
      >
        <TextField
          label="Mobile number"
          type="tel"
          autoComplete="tel"
          required
          hint="With the country code, e.g. +44 7700 900123"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={fieldError(signIn.error, 'phone')}
        />
        {signIn.isError && !fieldError(signIn.error, 'phone') && <Alert>{errorMessage(signIn.error)}</Alert>}
        <Button type="submit" className="w-full" loading={signIn.isPending}>
          Text me a code
        </Button>
      </form>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate({ phone, code: code.trim() }, { onSuccess: () => void navigate({ href: portalRedirectPath(redirect), replace: true }) });
      }}
      noValidate
      className="space-y-4"
    >
      <div className="flex gap-3 rounded-md bg-indigo-50 px-3 py-2.5 text-sm text-indigo-900" role="status">
        <MessageSquareText aria-hidden className="mt-0.5 size-4 shrink-0" />
        <p>{signIn.data.message}</p>
      </div>
      <TextField
        label="Enter your code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        hint="The 6 digits in the text message"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldError(verify.error, 'code')}
      />
      {verify.isError && !fieldError(verify.error, 'code') && <Alert>{errorMessage(verify.error)}</Alert>}
      <Button type="submit" className="w-full" loading={verify.isPending}>
        Sign in
      </Button>
      <Button variant="ghost" className="w-full" onClick={() => signIn.reset()}>
        Use another number
      </Button>
    </form>
  );
}
