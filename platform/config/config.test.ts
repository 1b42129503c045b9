import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './index.js';

describe('parseConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.SIFA_DB_DIR).toBe('./data/db');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SIFA_COOKIE_SECURE).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be at most 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ SIFA_COOKIE_SECURE: 'maybe' }, 'SIFA_COOKIE_SECURE must be true or false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
  ])('rejects %j with a plain message', (env, expected) => {
    expect(() => parseConfig(env)).toThrow(expected);
  });

  it('lists every problem at once and never echoes a secret', () => {
    try {
      parseConfig({ PORT: 'x', SIFA_LOGIN_MAX_FAILURES: '0', SIFA_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).not.toContain('short"');
    }
  });
});
