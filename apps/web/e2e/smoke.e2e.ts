import { baseUrl, openBrowser, screenshot, type BrowserSession } from './support/browser';

describe('the built product', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports itself ready', async () => {
    const res = await fetch(`${baseUrl()}/api/health/ready`);
    expect(res.status).toBe(200);
  });

  it('serves the web app, which renders without script errors', async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    await page.waitForFunction(() => document.body.innerText.trim().length > 0);
    await screenshot(page, 'smoke-home');
    expect(errors).toEqual([]);
  });
});
