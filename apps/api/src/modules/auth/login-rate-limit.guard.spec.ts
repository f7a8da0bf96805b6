import { loginThrottleKeys } from './login-rate-limit.guard';

describe('loginThrottleKeys', () => {
  it('limits by IP and by email, whatever the email case', () => {
    const [ip, email] = loginThrottleKeys('10.0.0.1', { email: ' Ada@Example.test ' });
    expect(ip).toBe('ip:10.0.0.1');
    expect(email).toEqual(loginThrottleKeys('10.0.0.2', { email: 'ada@example.test' })[1]);
  });

  it('keeps the email out of the key', () => {
    expect(loginThrottleKeys('10.0.0.1', { email: 'ada@example.test' })[1]).not.toContain('ada');
  });

  it('limits by IP alone when the body has no email', () => {
    expect(loginThrottleKeys('10.0.0.1', undefined)).toEqual(['ip:10.0.0.1']);
    expect(loginThrottleKeys('10.0.0.1', { email: 42 })).toEqual(['ip:10.0.0.1']);
  });
});
