import type { CookieSerializeOptions } from '@fastify/cookie';
import { SESSION_COOKIE } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/app-config';

type CookieConfig = Pick<AppConfig, 'COOKIE_SECURE' | 'SESSION_TTL_HOURS'>;

/** httpOnly (no script can read it) and SameSite=Lax (not sent on cross-site POSTs). */
export function sessionCookieOptions(config: CookieConfig): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
    path: '/',
    maxAge: Math.round(config.SESSION_TTL_HOURS * 3600),
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, config: CookieConfig): void {
  void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config));
}

export function clearSessionCookie(reply: FastifyReply, config: CookieConfig): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(config);
  void reply.clearCookie(SESSION_COOKIE, options);
}
