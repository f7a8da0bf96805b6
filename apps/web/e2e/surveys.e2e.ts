import { openSignedInAdmin, unique } from './support/app';
import { baseUrl, openBrowser, screenshot, type BrowserSession } from './support/browser';

/**
 * Channel 6: an admin creates a survey and a personal link in Settings; the customer opens the
 * link in a browser with no session, answers on a phone-sized screen, changes the answer, and
 * the survey's counts in Settings show one answer.
 */
describe('surveys', () => {
  let admin: BrowserSession;
  const name = `E2E NPS ${unique()}`;
  const email = `survey-${unique()}@example.test`;
  let link = '';

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  const card = () => admin.page.getByRole('region', { name, exact: true });

  it('lists the demo surveys with their scores', async () => {
    const { page } = admin;
    await page.goto('/settings/channels/surveys');
    await page.getByRole('heading', { name: 'Surveys', exact: true }).waitFor();
    const demo = page.getByRole('region', { name: 'After your flight (NPS)' });
    await demo.getByText('11 of 13 answered (85 %)').waitFor();
    expect(await demo.getByTestId('survey-headline').innerText()).toMatch(/^[+-]?\d+$/);
    await demo.getByRole('figure').waitFor();
    await screenshot(page, 'surveys');
  });

  it('creates a survey and a link for a new email address', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'Create survey' }).first().click();
    const form = page.getByRole('dialog', { name: 'Create survey' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Comment prompt', { exact: true }).fill('What made the difference?');
    await form.getByRole('button', { name: 'Create survey' }).click();
    await card().waitFor();
    expect(await card().getByTestId('survey-response-rate').innerText()).toBe('No links yet');

    await card().getByRole('button', { name: `Create link for ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Create survey link' });
    await dialog.getByRole('tab', { name: 'Email address' }).click();
    await dialog.getByLabel('Email address', { exact: true }).fill(email);
    await screenshot(page, 'surveys-create-link');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const created = page.getByRole('dialog', { name: 'Link created' });
    link = await created.getByLabel('Survey link', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/s/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    await created.getByRole('button', { name: 'Done' }).click();
    await card().getByText('0 of 1 answered (0 %)').waitFor();
  });

  it('lets the customer answer from the link without signing in, and change the answer', async () => {
    const customer = await openBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const { page } = customer;
      expect(await customer.context.cookies()).toEqual([]);
      await page.goto(link);
      const scale = page.getByRole('radiogroup', { name: 'How likely are you to recommend us to a friend or colleague?' });
      await scale.waitFor();
      expect(await scale.getByRole('radio').count()).toBe(11);
      await page.getByText('0 = Not at all likely').waitFor();
      await screenshot(page, 'survey-answer-phone');

      // sending without a score asks for one
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await page.getByRole('alert').filter({ hasText: 'Please choose a score first.' }).waitFor();

      // keyboard: focus the 0, arrow right to 9
      await scale.getByRole('radio', { name: '0 – Not at all likely' }).check();
      for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
      expect(await scale.getByRole('radio', { name: '9', exact: true }).isChecked()).toBe(true);
      await page.getByLabel('What made the difference?').fill('The crew found my lost bag <script>alert(1)</script>');
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      await page.getByText('9 out of 10').waitFor();
      await page.getByText('The crew found my lost bag <script>alert(1)</script>').waitFor();
      await screenshot(page, 'survey-answer-thanks-phone');

      // revisiting shows the answer, and it can be changed
      await page.reload();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      await page.getByRole('button', { name: 'Change my answer' }).click();
      expect(await scale.getByRole('radio', { name: '9', exact: true }).isChecked()).toBe(true);
      await scale.getByRole('radio', { name: '10 – Extremely likely' }).check();
      await page.getByRole('button', { name: 'Update my answer' }).click();
      await page.getByText('10 out of 10').waitFor();
      expect(await customer.context.cookies()).toEqual([]);
    } finally {
      await customer.close();
    }
  });

  it('shows a clear page for an altered link', async () => {
    const customer = await openBrowser();
    try {
      const { page } = customer;
      // the same link on a desktop screen, for the record
      await page.goto(link);
      await page.getByRole('button', { name: 'Change my answer' }).click();
      await page.getByRole('radiogroup').waitFor();
      await screenshot(page, 'survey-answer-desktop');
      await page.goto(`${link.slice(0, -3)}xyz`);
      await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
      await screenshot(page, 'survey-answer-invalid');
    } finally {
      await customer.close();
    }
  });

  it('counts the answer once in Settings, with the new score', async () => {
    const { page } = admin;
    await page.reload();
    await card().getByText('1 of 1 answered (100 %)').waitFor();
    expect(await card().getByTestId('survey-headline').innerText()).toBe('+100');
    await screenshot(page, 'surveys-after-answer');
  });
});
