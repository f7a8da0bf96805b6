import { createHmac, timingSafeEqual } from 'node:crypto';

/** Form parameters as parsed from the body: a repeated name arrives as an array. */
export type TwilioParams = Record<string, string | string[] | undefined>;

/**
 * Twilio's request signature without the SDK: base64(HMAC-SHA1(authToken, url + each POST
 * parameter's name and value, sorted by name)). A repeated name contributes each value, sorted.
 */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = Array.isArray(value) ? [...value].sort() : value === undefined ? [] : [value];
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** Whether `signature` (the X-Twilio-Signature header) matches, compared in constant time. */
export function isValidTwilioSignature(authToken: string, url: string, params: TwilioParams, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
