import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createHttpApp } from './bootstrap/create-http-app';
import { ConfigError, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp();
  await app.listen({ port: config.PORT, host: config.HOST });
  new Logger('Main').log(`Fullcircle API listening on ${await app.getUrl()}`);
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
