import { envSchema, type Env } from './env.schema';

/** Raised at boot when the environment is invalid; the message names each bad variable. */
export class ConfigError extends Error {}

export type AppConfig = Readonly<Env>;

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The only place process.env is read. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

