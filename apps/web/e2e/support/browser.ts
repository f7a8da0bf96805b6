// Shared by the browser suites: launch Debian's chromium through playwright-core, take screenshots.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The demo organisation seeded by the API on first start (SEED_DEMO=true). */
export const DEMO_PASSWORD = 'fullcircle-demo';
export const DEMO_LOGINS = {
  admin: 'admin@demo.fullcircle.test',
  exec: 'exec@demo.fullcircle.test',
  owner: 'owner@demo.fullcircle.test',
  member: 'member@demo.fullcircle.test',
} as const;
export type DemoRole = keyof typeof DEMO_LOGINS;

const repoRoot = path.resolve(__dirname, '../../../..');
export const screenshotsDir = path.join(repoRoot, 'screenshots');

// Downloaded browsers are out of reach here; playwright-core drives the system chromium instead.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Address of the product started by e2e/global-setup.mjs. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through apps/web/e2e/jest.config.cjs');
  return url;
}

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('chromium was not found: apt-get install chromium, or set CHROMIUM_PATH');
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile whose relative URLs (page.goto('/')) resolve against the product. */
export async function openBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'fullcircle-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    baseURL: baseUrl(),
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG as screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name.replace(/[^a-z0-9_-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
