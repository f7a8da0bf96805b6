import { ROLES, type Role } from '@fullcircle/shared';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { AccountPage } from '../features/auth/account-page';
import { sessionQueryOptions } from '../features/auth/hooks/use-session';
import { LoginPage } from '../features/auth/login-page';
import { CasePage } from '../features/cases/case-page';
import { CommunicationsLayout } from '../features/communications/communications-layout';
import { InboxPage } from '../features/cases/inbox-page';
import { parseInboxSearch } from '../features/cases/inbox-search';
import { SettingsLayout } from '../features/org/settings-layout';
import { RoutingLayout } from '../features/routing/routing-layout';
import { SlaPage } from '../features/routing/sla/sla-page';
import { AppShell } from './app-shell';
import { RequireRole } from './require-role';
import { homePathFor } from './role-home';

export interface RouterContext {
  queryClient: QueryClient;
}

// Code-split pages only some roles open: recharts (dashboard) and the admin tables stay out of the first load.
const DashboardPage = lazyRouteComponent(() => import('../features/kpis/dashboard-page'), 'DashboardPage');
const UsersPage = lazyRouteComponent(() => import('../features/org/users/users-page'), 'UsersPage');
const DepartmentsPage = lazyRouteComponent(() => import('../features/org/departments/departments-page'), 'DepartmentsPage');
const ModelsPage = lazyRouteComponent(() => import('../features/enrichment/models-page'), 'ModelsPage');
const RoutingRulesPage = lazyRouteComponent(() => import('../features/routing/routing-rules-page'), 'RoutingRulesPage');
const RoutingSettingsPage = lazyRouteComponent(() => import('../features/routing/settings/routing-settings-page'), 'RoutingSettingsPage');
const AuditPage = lazyRouteComponent(() => import('../features/audit/audit-page'), 'AuditPage');
const ChannelsPage = lazyRouteComponent(() => import('../features/intake/channels-page'), 'ChannelsPage');
const EmailChannelPage = lazyRouteComponent(() => import('../features/intake/email/email-channel-page'), 'EmailChannelPage');
const CustomersPage = lazyRouteComponent(() => import('../features/customers/customers-page'), 'CustomersPage');
const CustomerPage = lazyRouteComponent(() => import('../features/customers/customer-page'), 'CustomerPage');
const WebhookSourcesPage = lazyRouteComponent(() => import('../features/intake/webhook-sources/webhook-sources-page'), 'WebhookSourcesPage');
const FormsPage = lazyRouteComponent(() => import('../features/intake/forms/forms-page'), 'FormsPage');
const HostedFormPage = lazyRouteComponent(() => import('../features/intake/forms/hosted-form-page'), 'HostedFormPage');
const SurveysPage = lazyRouteComponent(() => import('../features/surveys/surveys-page'), 'SurveysPage');
const CsvImportPage = lazyRouteComponent(() => import('../features/intake/csv-import/csv-import-page'), 'CsvImportPage');
const SurveyAnswerPage = lazyRouteComponent(() => import('../features/surveys/survey-answer-page'), 'SurveyAnswerPage');
const TemplatesPage = lazyRouteComponent(() => import('../features/communications/templates/templates-page'), 'TemplatesPage');
const CommunicationSettingsPage = lazyRouteComponent(() => import('../features/communications/settings/communication-settings-page'), 'CommunicationSettingsPage');
const MailboxPage = lazyRouteComponent(() => import('../features/communications/mailbox/mailbox-page'), 'MailboxPage');
const InitiativesPage = lazyRouteComponent(() => import('../features/initiatives/initiatives-page'), 'InitiativesPage');
const InitiativePage = lazyRouteComponent(() => import('../features/initiatives/initiative-page'), 'InitiativePage');
const SurgesPage = lazyRouteComponent(() => import('../features/surges/surges-page'), 'SurgesPage');
const SurgePage = lazyRouteComponent(() => import('../features/surges/surge-page'), 'SurgePage');
const FeedPage = lazyRouteComponent(() => import('../features/communications/feed/feed-page'), 'FeedPage');
const BoardPage = lazyRouteComponent(() => import('../features/initiatives/board-page'), 'BoardPage');
const BoardInitiativePage = lazyRouteComponent(() => import('../features/initiatives/board-initiative-page'), 'BoardInitiativePage');
const BoardModerationPage = lazyRouteComponent(() => import('../features/initiatives/board-moderation-page'), 'BoardModerationPage');
const PortalSignInPage = lazyRouteComponent(() => import('../features/portal/portal-sign-in-page'), 'PortalSignInPage');
const PortalVerifyPage = lazyRouteComponent(() => import('../features/portal/portal-verify-page'), 'PortalVerifyPage');
const PortalHomePage = lazyRouteComponent(() => import('../features/portal/portal-home-page'), 'PortalHomePage');
const PortalErasureReceiptPage = lazyRouteComponent(() => import('../features/portal/portal-erasure-receipt-page'), 'PortalErasureReceiptPage');

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(search.redirect) }),
  beforeLoad: async ({ context }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (user) throw redirect({ to: homePathFor(user.role) });
  },
  component: LoginPage,
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({ token: optionalString(search.token) }),
  component: AcceptInvitationPage,
});

/** A form's hosted page: public, no session, no app chrome. */
const hostedFormRoute = createRoute({ getParentRoute: () => rootRoute, path: '/f/$slug', component: HostedFormPage });

/** A customer's survey link (`/s/<signed token>`): public, no session, no app chrome. */
const surveyAnswerRoute = createRoute({ getParentRoute: () => rootRoute, path: '/s/$token', component: SurveyAnswerPage });

/** The public board: no staff session, no app chrome; customers sign in through the portal to vote. */
const boardRoute = createRoute({ getParentRoute: () => rootRoute, path: '/board', component: BoardPage });
const boardInitiativeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/board/$initiativeId', component: BoardInitiativePage });

/** The customer portal: the customer's own session (fc_customer), never the staff one; no app chrome. */
const portalRoute = createRoute({ getParentRoute: () => rootRoute, path: '/portal', component: PortalHomePage });
const portalSignInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(search.redirect) }),
  component: PortalSignInPage,
});
/** The receipt after a customer erased their data (they are signed out by then). */
const portalErasedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal/erased',
  validateSearch: (search: Record<string, unknown>): { receipt?: string } => ({ receipt: optionalString(search.receipt) }),
  component: PortalErasureReceiptPage,
});
const portalVerifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal/verify',
  validateSearch: (search: Record<string, unknown>): { token?: string; redirect?: string } => ({
    token: optionalString(search.token),
    redirect: optionalString(search.redirect),
  }),
  component: PortalVerifyPage,
});

/** Everything below needs a session; the shell draws the role's navigation. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!user) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { user };
  },
  component: AppShell,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homePathFor(context.user.role), replace: true });
  },
});

function guarded(roles: readonly Role[], Page: ComponentType) {
  return function GuardedPage() {
    return (
      <RequireRole roles={roles}>
        <Page />
      </RequireRole>
    );
  };
}

const dashboardRoute = createRoute({ getParentRoute: () => appRoute, path: '/dashboard', component: guarded(['executive'], DashboardPage) });
// Every role works or reads the inbox: owners and members their departments', admins and executives all (P3).
const inboxRoute = createRoute({ getParentRoute: () => appRoute, path: '/inbox', validateSearch: parseInboxSearch, component: guarded(ROLES, InboxPage) });
// The inner loop (inbox → case) is in the first load; the API answers 404 for a case outside the user's departments.
const caseRoute = createRoute({ getParentRoute: () => appRoute, path: '/cases/$caseId', component: guarded(ROLES, CasePage) });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/account', component: AccountPage });
// Every staff role reads customers (P2); merge, split and consent are admin actions inside the page.
const customersRoute = createRoute({ getParentRoute: () => appRoute, path: '/customers', component: guarded(ROLES, CustomersPage) });
const initiativesRoute = createRoute({ getParentRoute: () => appRoute, path: '/initiatives', component: guarded(ROLES, InitiativesPage) });
const initiativeRoute = createRoute({ getParentRoute: () => appRoute, path: '/initiatives/$initiativeId', component: guarded(ROLES, InitiativePage) });
const customerRoute = createRoute({ getParentRoute: () => appRoute, path: '/customers/$customerId', component: guarded(ROLES, CustomerPage) });

// Admins and department owners; owners read the routing settings, only admins change them.
const routingRoute = createRoute({ getParentRoute: () => appRoute, path: '/routing', component: guarded(['admin', 'owner'], RoutingLayout) });
const routingIndexRoute = createRoute({
  getParentRoute: () => routingRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/routing/rules', replace: true });
  },
});
const routingRulesRoute = createRoute({ getParentRoute: () => routingRoute, path: '/rules', component: RoutingRulesPage });
const routingSettingsRoute = createRoute({ getParentRoute: () => routingRoute, path: '/settings', component: RoutingSettingsPage });

// Every staff role reads the feed and the development mailbox (only admins reply in it as a customer).
// Surges are for the people who answer them: owners of the topic's departments, executives, admins.
const surgesRoute = createRoute({ getParentRoute: () => appRoute, path: '/surges', component: guarded(['admin', 'executive', 'owner'], SurgesPage) });
const surgeRoute = createRoute({ getParentRoute: () => appRoute, path: '/surges/$surgeId', component: guarded(['admin', 'executive', 'owner'], SurgePage) });
const feedRoute = createRoute({ getParentRoute: () => appRoute, path: '/feed', component: guarded(ROLES, FeedPage) });
// Owners and admins moderate customers' comments on the public board.
const boardModerationRoute = createRoute({ getParentRoute: () => appRoute, path: '/board-moderation', component: guarded(['admin', 'owner'], BoardModerationPage) });
const mailboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mailbox',
  validateSearch: (search: Record<string, unknown>): { message?: string } => ({ message: optionalString(search.message) }),
  component: guarded(ROLES, MailboxPage),
});

// Templates for admins and owners; the contact rules: admins edit, owners and executives read.
const communicationsRoute = createRoute({ getParentRoute: () => appRoute, path: '/communications', component: guarded(['admin', 'owner', 'executive'], CommunicationsLayout) });
const communicationsIndexRoute = createRoute({
  getParentRoute: () => communicationsRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: context.user.role === 'executive' ? '/communications/settings' : '/communications/templates', replace: true });
  },
});
const templatesRoute = createRoute({ getParentRoute: () => communicationsRoute, path: '/templates', component: guarded(['admin', 'owner'], TemplatesPage) });
const communicationSettingsRoute = createRoute({ getParentRoute: () => communicationsRoute, path: '/settings', component: CommunicationSettingsPage });

const settingsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings', component: guarded(['admin'], SettingsLayout) });
const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/users', replace: true });
  },
});
const usersRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/users', component: UsersPage });
const departmentsRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/departments', component: DepartmentsPage });
const channelsRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels', component: ChannelsPage });
const emailChannelRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels/email', component: EmailChannelPage });
const webhookSourcesRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels/webhook-sources', component: WebhookSourcesPage });
const formsRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels/forms', component: FormsPage });
const surveysRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels/surveys', component: SurveysPage });
const csvImportRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/channels/csv-import', component: CsvImportPage });
const auditRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/audit', component: AuditPage });
const modelsRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/models', component: ModelsPage });
const slaRoute = createRoute({ getParentRoute: () => settingsRoute, path: '/sla', component: SlaPage });

export const routeTree = rootRoute.addChildren([
  loginRoute,
  surveyAnswerRoute,
  acceptInvitationRoute,
  hostedFormRoute,
  boardRoute,
  boardInitiativeRoute,
  portalRoute,
  portalSignInRoute,
  portalVerifyRoute,
  portalErasedRoute,
  appRoute.addChildren([
    homeRoute,
    dashboardRoute,
    inboxRoute,
    caseRoute,
    accountRoute,
    customersRoute,
    customerRoute,
    initiativesRoute,
    initiativeRoute,
    routingRoute.addChildren([routingIndexRoute, routingRulesRoute, routingSettingsRoute]),
    surgesRoute,
    surgeRoute,
    feedRoute,
    boardModerationRoute,
    mailboxRoute,
    communicationsRoute.addChildren([communicationsIndexRoute, templatesRoute, communicationSettingsRoute]),
    settingsRoute.addChildren([settingsIndexRoute, usersRoute, departmentsRoute, channelsRoute, emailChannelRoute, formsRoute, webhookSourcesRoute, surveysRoute, csvImportRoute, auditRoute, slaRoute, modelsRoute]),
  ]),
]);
