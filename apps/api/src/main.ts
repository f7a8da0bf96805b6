import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createHttpApp } from './bootstrap/create-http-app';
import { exitAfterGrace } from './bootstrap/shutdown-deadline';
import { ConfigError, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp();
  exitAfterGrace(config.SHUTDOWN_GRACE_MS, (m) => new Logger('Main').warn(m));
  await app.listen({ port: config.PORT, host: config.HOST });
  new Logger('Main').log(`Fullcircle API listening on ${await app.getUrl()}`);
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
