import { openSignedInAdmin, unique } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';

/**
 * CSV import end to end: an admin uploads a small file in Settings → Channels → CSV import; the
 * worker imports it and the page follows its progress to completion, with the rows it could not
 * import listed by row number and column.
 */
describe('CSV import in Settings', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const fileName = `store-survey-${suffix}.csv`;
  const file = [
    'id,text,score,score_scale,email,name,store',
    `${suffix}-1,"The queue at the returns desk took 40 minutes.",4,nps,lena.${suffix}@example.test,Lena Ortiz,Leeds`,
    `${suffix}-2,Staff were lovely and found my size.,9,nps,omar.${suffix}@example.test,Omar Haddad,York`,
    `${suffix}-3,Nobody to sign this one,,,,,York`,
    `${suffix}-4,Score out of range,12,nps,pia.${suffix}@example.test,,Leeds`,
    `${suffix}-1,"The queue at the returns desk took 40 minutes.",4,nps,lena.${suffix}@example.test,Lena Ortiz,Leeds`,
    `${suffix}-5,Card machine was broken again.,2,csat,ravi.${suffix}@example.test,Ravi Patel,Hull`,
  ].join('\n');

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('uploads a file, follows its progress to completion and lists the rows it could not import', async () => {
    const { page } = admin;
    await page.goto('/settings/channels/csv-import');
    await page.getByRole('heading', { level: 1, name: 'CSV import' }).waitFor();

    await page.getByLabel(/^CSV file/).setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByLabel('Mapping').selectOption({ label: 'Generic feedback file' });
    await page.getByText('Needs the columns').waitFor();
    await page.getByRole('button', { name: 'Upload and import' }).click();

    const row = page.getByRole('listitem', { name: `Import of ${fileName}` });
    await row.waitFor();
    // The list polls while the import runs: no reload needed to see it finish.
    await row.getByText('Completed', { exact: true }).waitFor({ timeout: 60_000 });
    const progress = row.getByRole('progressbar', { name: `Progress of ${fileName}` });
    expect(await progress.getAttribute('aria-valuenow')).toBe('6');
    expect(await progress.getAttribute('aria-valuemax')).toBe('6');
    await row.getByText('6 of 6 rows · 100%').waitFor();
    const count = async (label: string) => (await row.getByText(label, { exact: true }).locator('xpath=following-sibling::dd').textContent())?.trim();
    expect(await count('Accepted')).toBe('3');
    expect(await count('Duplicates')).toBe('1');
    expect(await count('Failed')).toBe('2');

    await row.getByRole('button', { name: 'Errors' }).click();
    const errors = row.getByRole('table', { name: `Rows of ${fileName} not imported` });
    await errors.getByRole('row', { name: /^4 email \/ phone \/ customer_id needs a value in at least one of email, phone, customer_id/ }).waitFor();
    await errors.getByRole('row', { name: /^5 score must be between 0 and 10 on the nps scale/ }).waitFor();
    expect(await row.getByRole('link', { name: 'Download error report (CSV)' }).getAttribute('href')).toMatch(/\/api\/intake\/csv-imports\/[0-9a-f-]{36}\/errors\.csv$/);
    await screenshot(page, 'settings-csv-import');
  });

  it('names the missing columns when the file does not fit the mapping', async () => {
    const { page } = admin;
    await page.getByLabel(/^CSV file/).setInputFiles({ name: `wrong-${suffix}.csv`, mimeType: 'text/csv', buffer: Buffer.from('comment,mail\nhello,a@example.test\n') });
    await page.getByLabel('Mapping').selectOption({ label: 'Generic feedback file' });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByText(/The file lacks the column text that the generic mapping needs/).waitFor();
  });
});
