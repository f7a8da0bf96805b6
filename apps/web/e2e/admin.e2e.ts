import { mainNav, openSignedInAdmin, unique } from './support/app';
import { baseUrl, openBrowser, screenshot, type BrowserSession } from './support/browser';

/** The admin journeys run in order in one signed-in browser: later steps use what earlier ones created. */
describe('administering the organisation', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const department = `Returns ${suffix}`;
  const invitee = { name: `Nia Okafor ${suffix}`, email: `nia.${suffix}@example.test` };

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('creates a department', async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Departments', exact: true }).click();
    await page.getByRole('heading', { name: 'Departments', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New department' }).click();
    const dialog = page.getByRole('dialog', { name: 'New department' });
    await dialog.getByLabel('Name', { exact: true }).fill(department);
    await dialog.getByLabel('Description', { exact: true }).fill('Parcels that come back');
    await dialog.getByRole('button', { name: 'Create department' }).click();
    await dialog.waitFor({ state: 'detached' });

    // scoped to the page: the success toast mentions the department too
    const row = page.getByRole('main').getByRole('listitem').filter({ hasText: department });
    await row.waitFor();
    expect(await row.innerText()).toContain(`returns-${suffix}`);
    await screenshot(page, 'admin-departments');
  });

  it('invites a user, and the invited user accepts in a fresh browser and lands on their home', async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite user' });
    await dialog.getByLabel('Name', { exact: true }).fill(invitee.name);
    await dialog.getByLabel('Email', { exact: true }).fill(invitee.email);
    await dialog.getByLabel('Role', { exact: true }).selectOption('member');
    await dialog.getByLabel(department, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();

    const link = page.getByLabel('Invitation link', { exact: true });
    await link.waitFor();
    const invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(/\/accept-invitation\?token=/);
    await screenshot(page, 'admin-invitation-link');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('row').filter({ hasText: invitee.email }).getByText('Invited', { exact: true }).waitFor();

    const invited = await openBrowser();
    try {
      // Open it on the product under test, whatever public host the API put in the link.
      const { pathname, search } = new URL(invitationUrl, baseUrl());
      await invited.page.goto(pathname + search);
      await invited.page.getByLabel('New password', { exact: true }).fill('a-long-new-password');
      await invited.page.getByLabel('Confirm password', { exact: true }).fill('a-long-new-password');
      await invited.page.getByRole('button', { name: 'Set password and sign in' }).click();

      await invited.page.waitForURL(/\/inbox$/);
      await mainNav(invited.page).getByRole('link', { name: 'Inbox', exact: true }).waitFor();
      await invited.page.getByText(`feedback routed to ${department} will appear here`).waitFor();
      await screenshot(invited.page, 'invited-user-inbox');
    } finally {
      await invited.close();
    }
  });

  it("changes a user's role", async () => {
    const { page } = admin;
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: invitee.email });
    await row.getByText('Active', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Actions for ${invitee.name}` }).click();
    await page.getByRole('menuitem', { name: 'Change role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change role' });
    await dialog.getByLabel('Role', { exact: true }).selectOption('owner');
    await dialog.getByRole('button', { name: 'Save role' }).click();
    await dialog.waitFor({ state: 'detached' });

    await row.getByText('Department owner', { exact: true }).waitFor();
    await screenshot(page, 'admin-users-after-role-change');
  });

  it('shows the invitation in the audit log', async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log', exact: true }).waitFor();

    // The worker records an event a moment after the change: refresh until it is listed.
    const entry = page.getByRole('list', { name: 'Audit events' }).getByRole('listitem').filter({ hasText: invitee.email }).first();
    const deadline = Date.now() + 15_000;
    while (!(await entry.isVisible())) {
      if (Date.now() > deadline) throw new Error(`no audit entry mentioning ${invitee.email} within 15 s`);
      await page.getByRole('button', { name: 'Refresh', exact: true }).click();
      await entry.waitFor({ timeout: 1_000 }).catch(() => undefined);
    }
    expect(await entry.innerText()).toContain(`invited ${invitee.name} (${invitee.email}) as member`);

    await entry.getByRole('button', { name: 'Details', exact: true }).click();
    await entry.getByText('org.user.invited', { exact: true }).waitFor();
    await screenshot(page, 'admin-audit-log');
  });
});
