import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { openSignedInAdmin, unique } from './support/app';
import { baseUrl, screenshot, type BrowserSession } from './support/browser';

/**
 * Channel 7 in Settings: an admin adds a review source, tries its mapping on the sample, sees the
 * signing secret once, and the platform's first signed delivery shows on the list.
 */
describe('social and review sources in Settings', () => {
  let admin: BrowserSession;
  const name = `E2E reviews ${unique()}`;
  let secret = '';
  let webhookUrl = '';
  let curlExample = '';

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('lists the demo sources', async () => {
    const { page } = admin;
    await page.goto('/settings/channels/webhook-sources');
    await page.getByRole('heading', { name: 'Social & reviews', exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Social and review sources' });
    await table.getByRole('row').filter({ hasText: 'Trustpilot reviews' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'X mentions' }).waitFor();
    await screenshot(page, 'webhook-sources');
  });

  it('creates a source, testing its mapping first, and shows the secret once', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'Add source' }).first().click();
    const form = page.getByRole('dialog', { name: 'Add a social or review source' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Network', { exact: true }).fill('trustpilot');

    await form.getByRole('button', { name: 'Test mapping' }).click();
    const preview = form.getByRole('status').filter({ hasText: 'This payload becomes' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('They lost my bag');
    expect(await preview.innerText()).toContain('4 (CSAT)');

    // A path the sample does not have is reported by its path.
    await form.getByLabel('Text *').fill('review.body');
    await form.getByRole('button', { name: 'Test mapping' }).click();
    await form.getByText('is missing (mapped to text)').waitFor();
    await screenshot(page, 'webhook-sources-create');
    await form.getByLabel('Text *').fill('review.text');

    await form.getByRole('button', { name: 'Create source' }).click();
    const reveal = page.getByRole('dialog', { name: 'Source created' });
    const secretField = reveal.getByLabel('Signing secret', { exact: true });
    await secretField.waitFor();
    secret = await secretField.inputValue();
    webhookUrl = await reveal.getByLabel('Webhook URL', { exact: true }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(webhookUrl).toMatch(new RegExp(`^${baseUrl()}/api/intake/webhooks/[0-9a-f-]{36}$`));
    expect(await reveal.innerText()).toContain('It will not be shown again');
    expect(await reveal.innerText()).toContain('Fullcircle-Signature: t=$T,v1=$SIG');
    curlExample = await reveal.getByRole('figure').filter({ hasText: 'Signed example request' }).locator('pre').innerText();
    await screenshot(page, 'webhook-sources-secret');

    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'Social and review sources' }).getByRole('row').filter({ hasText: name });
    await row.getByText('Active', { exact: true }).waitFor();
    expect(await row.innerText()).toContain('Never');
    expect(await page.locator('body').innerText()).not.toContain(secret);
  });

  it('accepts the signed example request exactly as shown (bash, openssl, curl)', () => {
    expect(curlExample).toContain(secret);
    const status = execFileSync('bash', ['-c', `${curlExample} -s -o /dev/null -w '%{http_code}'`], { encoding: 'utf8' });
    expect(status).toBe('202');
  });

  it('shows the first signed delivery on the list', async () => {
    expect(secret).not.toBe('');
    const body = JSON.stringify({
      review: { id: randomUUID(), title: 'Great', text: 'Friendly crew.', stars: 5, createdAt: new Date().toISOString() },
      consumer: { id: `c-${unique()}`, displayName: 'E2E' },
    });
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    const res = await fetch(webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Fullcircle-Signature': `t=${t},v1=${v1}` }, body });
    expect(res.status).toBe(202);

    const { page } = admin;
    await page.reload();
    const row = page.getByRole('table', { name: 'Social and review sources' }).getByRole('row').filter({ hasText: name });
    await row.waitFor();
    await screenshot(page, 'webhook-sources-delivered');
    expect(await row.innerText()).not.toContain('Never');
    // the source may have been created "just now" too: any match will do, the delivery's is certain
    await row.getByText('just now').first().waitFor();
  });

  it('rotates the secret (the new one shown once) and deactivates the source', async () => {
    const { page } = admin;
    const row = page.getByRole('table', { name: 'Social and review sources' }).getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Rotate secret' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rotate secret' }).click();
    const reveal = page.getByRole('dialog', { name: 'New signing secret' });
    const fresh = await reveal.getByLabel('Signing secret', { exact: true }).inputValue();
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });

    // Edit the mapping: the form opens with the saved paths, and saves a change.
    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Edit mapping' }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${name}` });
    expect(await edit.getByLabel('Text *').inputValue()).toBe('review.text');
    await edit.getByLabel('Extra metadata').fill('event = event');
    await edit.getByRole('button', { name: 'Test mapping' }).click();
    await edit.getByRole('status').filter({ hasText: 'metadata.event' }).waitFor();
    await screenshot(page, 'webhook-sources-edit');
    await edit.getByLabel('Name', { exact: true }).fill(`${name} (edited)`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await row.getByText(`${name} (edited)`).waitFor();

    await row.getByRole('button', { name: `Actions for ${name} (edited)` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Inactive', { exact: true }).waitFor();
    await screenshot(page, 'webhook-sources-inactive');
    // Its URL is gone for the platform: a correctly signed delivery is refused.
    const body = JSON.stringify({ review: { id: randomUUID(), text: 'x' }, consumer: { id: 'c' } });
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', fresh).update(`${t}.${body}`).digest('hex');
    const res = await fetch(webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Fullcircle-Signature': `t=${t},v1=${v1}` }, body });
    expect(res.status).toBe(404);
  });
});
