import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitAfterGrace } from './bootstrap/shutdown-deadline';
import { ConfigError, loadConfig } from './config/app-config';
import { SmtpModule } from './modules/intake/email/smtp.module';

/**
 * The inbound email process: one per deployment (the SMTP port is not shared), started by
 * `npm start` next to the API and the workers.
 */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(SmtpModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM: the listener stops taking connections and finishes the messages it is storing.
  app.enableShutdownHooks();
  exitAfterGrace(config.SHUTDOWN_GRACE_MS, (m) => new NestLogger('Smtp').warn(m));
  await app.init();
  new NestLogger('Smtp').log('Fullcircle SMTP intake started');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
