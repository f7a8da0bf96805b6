import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS, requestId } from './logger-options';

function capture(): { logger: pino.Logger; lines: () => string } {
  let out = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((out += chunk.toString()), done()) });
  return { logger: pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream), lines: () => out };
}

describe('logger redaction', () => {
  it('hides personal data and secrets', () => {
    const { logger, lines } = capture();
    logger.info({ user: { email: 'ana@example.com', password: 'hunter22' }, req: { headers: { cookie: 'fc_session=abc' } } }, 'x');
    expect(lines()).not.toContain('ana@example.com');
    expect(lines()).not.toContain('hunter22');
    expect(lines()).not.toContain('fc_session=abc');
    expect(lines()).toContain('[redacted]');
  });
});

describe('requestId', () => {
  it('keeps a well-formed incoming request id', () => {
    expect(requestId({ headers: { 'x-request-id': 'abc-123' } })).toBe('abc-123');
  });

  it('replaces a malformed one', () => {
    expect(requestId({ headers: { 'x-request-id': 'bad id\n' } })).toMatch(/^[0-9a-f-]{36}$/);
  });
});
