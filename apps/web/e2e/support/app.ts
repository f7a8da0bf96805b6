// Steps through the web app shared by the browser suites (the browser itself comes from ./browser).
import type { Locator, Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD, openBrowser, type BrowserSession } from './browser';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login(\?|$)/);
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** A suffix that keeps names unique across runs against the same database. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** A fresh browser signed in as the demo admin, on their home page. */
export async function openSignedInAdmin(): Promise<BrowserSession> {
  const session = await openBrowser();
  await signIn(session.page, DEMO_LOGINS.admin);
  await session.page.waitForURL(/\/settings\/users$/);
  return session;
}

/** Polls `check` until it passes, running `retry` (say a reload) between tries: the worker files feedback a moment after the 202. */
export async function eventually(what: string, check: () => Promise<boolean>, retry: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await retry();
  }
}

/** A check for `eventually`: whether the locator shows up within `timeoutMs`. */
export const visibleSoon = (locator: Locator, timeoutMs = 1_000) => () =>
  locator
    .waitFor({ timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
