import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { requestId } from '../logging/logger-options';
import { closeConnectionsWhileDraining, registerHttpMetrics } from './http-hooks';
import { ChannelActivityService } from '../modules/intake/activity/channel-activity.service';
import { recordIntakeDeliveries } from '../modules/intake/activity/record-intake-deliveries';
import { WidgetCorsPolicy } from '../modules/intake/forms/widget-cors';
import { serveWidgetScript } from '../modules/intake/forms/widget-script';
import { mountQueueBoard } from '../queue/queue-board';
import { serveWebApp } from './serve-web';
import { setupSwagger } from './swagger';

/** Builds the HTTP application exactly as production runs it; e2e tests use it too. */
export async function createHttpApp(options: { bufferLogs?: boolean } = {}): Promise<NestFastifyApplication> {
  // Validated before Nest starts so a bad environment fails with the variable's name, not a stack.
  const config = loadConfig();
  const adapter = new FastifyAdapter({ trustProxy: config.TRUST_PROXY, bodyLimit: config.BODY_LIMIT_BYTES, genReqId: requestId });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: options.bufferLogs ?? true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.setGlobalPrefix('api', { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  // Staff routes: CORS_ORIGINS with cookies; the widget's public routes: each form's allow-list, no cookies.
  app.enableCors(app.get(WidgetCorsPolicy).corsOptions(config.CORS_ORIGINS));

  const fastify = app.getHttpAdapter().getInstance();
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // swagger-ui and bull-board ship inline styles and scripts
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'", 'https:'],
        'img-src': ["'self'", 'data:', 'blob:'],
      },
    },
  });
  await app.register(fastifyCookie);
  registerHttpMetrics(fastify);
  recordIntakeDeliveries(fastify, app.get(ChannelActivityService));
  closeConnectionsWhileDraining(fastify);
  setupSwagger(app);
  await mountQueueBoard(app);
  serveWidgetScript(fastify);
  await serveWebApp(app, config.WEB_DIST_DIR);
  return app;
}
