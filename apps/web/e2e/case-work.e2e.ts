import type { CasePage, CaseSummaryDto, CreatedApiKey, Department, MailboxPage, RoutingRuleDto, TemplateDto, User } from '@fullcircle/shared';
import type { Page } from 'playwright-core';
import { eventually, openSignedInAdmin, signIn, unique, visibleSoon } from './support/app';
import { baseUrl, DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

// Routing happens on the worker, behind the demo seed's backlog on a busy machine.
const ROUTED_WITHIN_MS = 90_000;

/**
 * Working a case (issue 5): a member answers the customer with a template (the email reaches the
 * development mailbox), leaves a note and an action, and resolves; an owner reassigns with a
 * reason; a member outside the owning department cannot open the case by its address.
 */
describe('case work: reply, note, action, resolve, reassign, denial', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const customerEmail = `rosa.${suffix}@example.test`;
  const templateName = `Bag found ${suffix}`;
  const cases: Record<'member' | 'owner' | 'elsewhere', CaseSummaryDto | undefined> = { member: undefined, owner: undefined, elsewhere: undefined };

  async function rule(page: Page, name: string, keyword: string, actions: Record<string, unknown>) {
    const created = await page.request.post('/api/routing/rules', {
      data: { rule: { name, conditions: [{ field: 'keywords', match: 'any', values: [keyword] }], actions }, departmentId: null },
    });
    expect(created.status()).toBe(201);
    return (await created.json()) as RoutingRuleDto;
  }

  async function feedback(secret: string, key: string, text: string, email: string, name: string) {
    const sent = await fetch(`${baseUrl()}/api/intake/feedback`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Idempotency-Key': `case-work-${suffix}-${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'Bag missing', text, customer: { email, name } }),
    });
    expect(sent.status).toBe(202);
  }

  beforeAll(async () => {
    admin = await openSignedInAdmin();
    const { page } = admin;
    const departments = (await (await page.request.get('/api/org/departments')).json()) as Department[];
    const baggage = departments.find((d) => d.slug === 'baggage')!;
    const flightOps = departments.find((d) => d.slug === 'flight-operations')!;
    const users = (await (await page.request.get(`/api/org/users?search=${encodeURIComponent(DEMO_LOGINS.member)}`)).json()) as User[];
    const milo = users.find((u) => u.email === DEMO_LOGINS.member)!;
    expect(milo).toBeDefined();

    // One rule per case, first in the order so rules other suites left behind cannot decide first.
    const made = [
      await rule(page, `Case work member ${suffix}`, `cwm${suffix}`, { departmentId: baggage.id, assignment: { strategy: 'person', userId: milo.id }, priority: 'high' }),
      await rule(page, `Case work owner ${suffix}`, `cwo${suffix}`, { departmentId: baggage.id, priority: 'normal' }),
      await rule(page, `Case work elsewhere ${suffix}`, `cwe${suffix}`, { departmentId: flightOps.id }),
    ];
    const rules = (await (await page.request.get('/api/routing/rules')).json()) as RoutingRuleDto[];
    const mine = new Set(made.map((r) => r.id));
    expect((await page.request.post('/api/routing/rules/reorder', { data: { ids: [...made.map((r) => r.id), ...rules.filter((r) => !mine.has(r.id)).map((r) => r.id)] } })).ok()).toBe(true);

    const template = await page.request.post('/api/communications/templates', {
      data: { name: templateName, purpose: 'reply', versions: [{ language: 'en', subject: 'Your bag ({{case.reference}})', body: 'Hello {{customer.first_name}}, we found your bag. Reference {{case.reference}}.' }] },
    });
    expect(template.status()).toBe(201);
    expect(((await template.json()) as TemplateDto).name).toBe(templateName);

    const key = await page.request.post('/api/intake/api-keys', { data: { name: `Case work ${suffix}` } });
    const { secret } = (await key.json()) as CreatedApiKey;
    await feedback(secret, 'm', `My bag never came off the belt at JFK. cwm${suffix}`, customerEmail, `Rosa Reyes ${suffix}`);
    await feedback(secret, 'o', `The bag tag was torn at LHR. cwo${suffix}`, `otto.${suffix}@example.test`, `Otto Owens ${suffix}`);
    await feedback(secret, 'e', `The flight left two hours late. cwe${suffix}`, `eve.${suffix}@example.test`, `Eve Early ${suffix}`);

    await eventually(
      'the three cases were not routed',
      async () => {
        const found = ((await (await page.request.get(`/api/cases?view=all&q=${suffix}`)).json()) as CasePage).cases;
        cases.member = found.find((c) => c.customer.email === customerEmail && c.assignee?.id === milo.id);
        cases.owner = found.find((c) => c.customer.email === `otto.${suffix}@example.test` && c.department?.id === baggage.id);
        cases.elsewhere = found.find((c) => c.customer.email === `eve.${suffix}@example.test` && c.department?.id === flightOps.id);
        return Boolean(cases.member && cases.owner && cases.elsewhere);
      },
      () => new Promise((r) => setTimeout(r, 1_000)),
      ROUTED_WITHIN_MS,
    );
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('lets a member answer with a template, note, add an action and resolve, from the inbox', async () => {
    const member = await openBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = member;
      await signIn(page, DEMO_LOGINS.member);
      await page.waitForURL(/\/inbox$/);
      await page.getByRole('searchbox', { name: 'Search cases' }).fill(`cwm${suffix}`);
      const row = page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: cases.member!.reference });
      await eventually('the case is not in the member’s inbox', visibleSoon(row, 1_500), () => page.waitForTimeout(500), 20_000);
      await row.getByRole('link', { name: cases.member!.reference, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: cases.member!.reference }).waitFor();

      // the context card knows who this is
      const context = page.getByRole('region', { name: 'Customer context' });
      await context.getByRole('link', { name: `Rosa Reyes ${suffix}` }).waitFor();

      // reply: the template fills the editor for this case; the preview shows what leaves
      const reply = page.getByRole('tabpanel', { name: 'Reply to customer' });
      const picker = reply.getByLabel('Template', { exact: true });
      await picker.locator('option', { hasText: templateName }).waitFor({ state: 'attached' });
      await picker.selectOption({ label: templateName });
      const editor = reply.getByLabel('Reply', { exact: true });
      await eventually('the template did not fill the editor', async () => (await editor.inputValue()).includes(cases.member!.reference), () => page.waitForTimeout(300), 10_000);
      expect(await editor.inputValue()).toContain('Hello Rosa');
      await reply.getByRole('button', { name: 'Preview', exact: true }).click();
      const preview = reply.getByRole('region', { name: 'Preview' });
      await preview.getByText(`Email to ${customerEmail}`).waitFor();
      await preview.getByText(`Your bag (${cases.member!.reference})`).waitFor();
      await reply.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByText('Reply queued').first().waitFor();

      // the thread shows the message and, once the worker sent it, its status
      const thread = page.getByRole('list', { name: 'Conversation' });
      const outbound = thread.locator('li[data-kind="outbound"]');
      await outbound.first().waitFor();
      await eventually(
        'the reply was not sent',
        async () => ['sent', 'delivered'].includes((await outbound.first().getAttribute('data-status')) ?? ''),
        () => page.waitForTimeout(1_000).then(() => page.reload()),
        60_000,
      );
      await outbound.first().getByText(/^(Sent|Delivered)$/).waitFor();

      // ...and the customer's copy is in the development mailbox
      await eventually(
        'the reply did not reach the development mailbox',
        async () => {
          const box = (await (await admin.page.request.get(`/api/communications/mailbox?to=${encodeURIComponent(customerEmail)}`)).json()) as MailboxPage;
          return box.messages.some((m) => m.text.includes(`Hello Rosa`) && m.text.includes(cases.member!.reference));
        },
        () => new Promise((r) => setTimeout(r, 1_000)),
        30_000,
      );

      // an internal note mentioning the owner
      await page.getByRole('tab', { name: 'Internal note' }).click();
      const notes = page.getByRole('tabpanel', { name: 'Internal note' });
      const note = notes.getByRole('combobox', { name: 'Internal note' });
      await note.pressSequentially('Olivia, FYI @Oli');
      await notes.getByRole('option', { name: /Olivia Owner/ }).click();
      await note.pressSequentially('the JFK belt again.');
      await notes.getByRole('button', { name: 'Add note', exact: true }).click();
      const added = thread.locator('li[data-kind="note"]').filter({ hasText: '@Olivia Owner the JFK belt again.' });
      await added.waitFor();
      await added.getByText('Internal', { exact: true }).waitFor();

      // an action
      await page.getByRole('button', { name: 'Add action', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add action' });
      await dialog.getByLabel('Kind', { exact: true }).selectOption('process_change');
      await dialog.getByLabel('What is done', { exact: true }).fill('Check the JFK belt sensors weekly');
      await dialog.getByLabel('Due date', { exact: true }).fill('2027-01-31');
      await dialog.getByRole('button', { name: 'Add action', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('list', { name: 'Actions' }).getByText('Check the JFK belt sensors weekly').waitFor();
      await page.getByRole('list', { name: 'Actions' }).getByText('Process change').waitFor();

      await page.screenshot({ path: '/tmp/case-page.png', fullPage: true });
      await screenshot(page, 'case-work-member');

      // resolve: a reply went out, so no reason is asked
      await page.getByRole('button', { name: 'Resolve', exact: true }).click();
      const resolve = page.getByRole('dialog', { name: 'Resolve case' });
      expect(await resolve.getByLabel('Why no reply is possible').count()).toBe(0);
      await resolve.getByLabel('Summary', { exact: true }).fill('Bag found and couriered to Rosa');
      await resolve.getByRole('button', { name: 'Resolve', exact: true }).click();
      await resolve.waitFor({ state: 'detached' });
      const banner = page.getByRole('note', { name: 'Resolution' });
      await banner.getByText('Bag found and couriered to Rosa').waitFor();
      await page.getByRole('list', { name: 'History' }).getByRole('listitem').filter({ hasText: 'Resolved' }).first().waitFor();
      await screenshot(page, 'case-work-resolved');
    } finally {
      await member.close();
    }
  });

  it('lets an owner reassign with a reason', async () => {
    const owner = await openBrowser();
    try {
      const { page } = owner;
      await signIn(page, DEMO_LOGINS.owner);
      await page.waitForURL(/\/inbox$/);
      await page.goto(`/cases/${cases.owner!.id}`);
      await page.getByRole('heading', { level: 1, name: cases.owner!.reference }).waitFor();

      await page.getByRole('button', { name: 'Reassign', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Reassign case' });
      const people = dialog.getByLabel('Assignee', { exact: true });
      await people.locator('option', { hasText: 'Milo Member' }).waitFor({ state: 'attached' });
      await people.selectOption({ label: 'Milo Member' });
      await dialog.getByLabel('Reason', { exact: true }).fill('Milo knows the LHR tag printers');
      await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('list', { name: 'History' }).getByRole('listitem').filter({ hasText: 'Milo knows the LHR tag printers' }).waitFor();
    } finally {
      await owner.close();
    }
  });

  it('shows a member outside the owning department the not-found page', async () => {
    const member = await openBrowser();
    try {
      const { page } = member;
      await signIn(page, DEMO_LOGINS.member);
      await page.waitForURL(/\/inbox$/);
      await page.goto(`/cases/${cases.elsewhere!.id}`);
      await page.getByText('Case not found', { exact: true }).waitFor();
      expect(await page.getByRole('heading', { level: 1, name: cases.elsewhere!.reference }).count()).toBe(0);
      expect(await page.getByText(`cwe${suffix}`).count()).toBe(0);
    } finally {
      await member.close();
    }
  });
});
