import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.SEED_DEMO).toBe(true);
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('names the missing variable', () => {
    expect(() => loadConfig({ REDIS_URL: valid.REDIS_URL })).toThrow(/DATABASE_URL/);
  });

  it('names a malformed variable', () => {
    const run = () => loadConfig({ ...valid, PORT: 'eighty' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/PORT/);
  });

  it('rejects a non-redis REDIS_URL', () => {
    expect(() => loadConfig({ ...valid, REDIS_URL: 'http://localhost' })).toThrow(/REDIS_URL/);
  });

  it('splits CORS_ORIGINS and parses booleans', () => {
    const config = loadConfig({ ...valid, CORS_ORIGINS: 'https://a.test, https://b.test', COOKIE_SECURE: 'true' });
    expect(config.CORS_ORIGINS).toEqual(['https://a.test', 'https://b.test']);
    expect(config.COOKIE_SECURE).toBe(true);
  });
});
