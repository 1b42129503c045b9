// The one place that reads process.env. Parsed once at boot; a wrong value stops the
// process with a list of every problem, so an operator fixes them all in one go.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

export const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'must be development, production or test',
    })
    .default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres:// or postgresql://' })
    .optional(),
  /** The address citizens reach Sifa at: QR codes and notices carry absolute links to it. */
  SIFA_PUBLIC_URL: z
    .url({ message: 'must be a URL such as https://sifa.example.gov.cn' })
    .default('http://localhost:3000'),
  SIFA_DB_DIR: z.string().min(1).default('./data/db'),
  SIFA_BACKUP_DIR: z.string().min(1).default('./data/backups'),
  SIFA_KEY_DIR: z.string().min(1).default('./data/keys'),
  SIFA_DATA_KEY: z.string().optional(),
  /** The key name that signs the ledger's checkpoints (C2SP signed note). */
  SIFA_LEDGER_KEY_NAME: z
    .string()
    .regex(/^[\w./-]+$/, { message: 'may hold letters, digits, . / _ - only' })
    .default('sifa.guangzhou/ledger'),
  SIFA_BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  SIFA_SESSION_TTL_MINUTES: int(5, 7 * 24 * 60).default(12 * 60),
  SIFA_SESSION_IDLE_MINUTES: int(1, 24 * 60).default(120),
  SIFA_LOGIN_MAX_FAILURES: int(1, 1000).default(5),
  SIFA_LOGIN_WINDOW_MINUTES: int(1, 24 * 60).default(15),
  SIFA_PASSWORD_MIN_LENGTH: int(8, 128).default(10),
  /** A deadline this many days away or closer shows as 即将到期. */
  SIFA_DEADLINE_WARN_DAYS: int(0, 60).default(3),
  SIFA_COOKIE_SECURE: bool.default(false),
  SIFA_TRUST_PROXY: bool.default(false),
  /** Training and acceptance-test installations only: lets an admin move the legal date forward. */
  SIFA_CLOCK_CONTROL: bool.default(false),
  SIFA_DEMO_SEED: z.enum(['auto', 'never'], { message: 'must be auto or never' }).default('auto'),
  SIFA_ADMIN_PASSWORD: z.string().min(10, { message: 'must be at least 10 characters' }).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Sifa cannot start: the configuration has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError listing every wrong variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset, as a shell `VAR=` usually means.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const got = cleaned[name];
    return (
      `${name} ${issue.message}` +
      (got !== undefined && !/PASSWORD|URL|KEY/.test(name) ? ` (got "${got}")` : '')
    );
  });
  throw new ConfigError(problems);
}

let loaded: Config | undefined;

/** The configuration of this process, parsed from process.env on first use. */
export function getConfig(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
