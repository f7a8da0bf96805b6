/**
 * A send that did not go through. `permanent`: retrying cannot help (the address does not exist,
 * the provider refuses the request), so the message is marked failed at once; otherwise it is
 * retried with backoff.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

interface SmtpFailure {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * nodemailer's errors: a 5xx reply (at RCPT, DATA, …) is the receiving server's final word; 4xx
 * replies, refused or dropped connections and timeouts are temporary.
 */
export function classifySmtpError(err: unknown): DeliveryError {
  const e = (err ?? {}) as SmtpFailure;
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  const detail = (e.response ?? e.message ?? String(err)).trim();
  if (code !== null && code >= 500 && code < 600) return new DeliveryError(`The mail server refused the message: ${detail}`, true);
  if (code !== null && code >= 400) return new DeliveryError(`The mail server deferred the message: ${detail}`, false);
  return new DeliveryError(`The mail server could not be reached: ${detail}${e.code && !detail.includes(e.code) ? ` (${e.code})` : ''}`, false);
}

/** The SMS provider's answer: 4xx (a bad number, an unverified sender) is final except 429, a rate limit. */
export function classifySmsResponse(status: number, detail: string): DeliveryError {
  const permanent = status >= 400 && status < 500 && status !== 429;
  return new DeliveryError(`The SMS provider ${permanent ? 'refused' : 'could not take'} the message (HTTP ${status}): ${detail}`.trim(), permanent);
}
