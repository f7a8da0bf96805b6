import type { CookieSerializeOptions } from '@fastify/cookie';
import { CUSTOMER_SESSION_COOKIE } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { CUSTOMER_SESSION_TTL_MS } from './customer-session.service';

/** Like the staff cookie: httpOnly and SameSite=Lax; Secure when the site is served over https. */
export function customerSessionCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: Math.round(CUSTOMER_SESSION_TTL_MS / 1000) };
}

export function setCustomerSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(CUSTOMER_SESSION_COOKIE, token, customerSessionCookieOptions(secure));
}

export function clearCustomerSessionCookie(reply: FastifyReply, secure: boolean): void {
  const { maxAge: _maxAge, ...options } = customerSessionCookieOptions(secure);
  void reply.clearCookie(CUSTOMER_SESSION_COOKIE, options);
}
