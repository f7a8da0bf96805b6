import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export function setupSwagger(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fullcircle API')
      .setDescription(
        'Feedback-to-action platform. Staff endpoints use the session cookie set by POST /api/auth/login; ' +
          'outside systems send an API key (created by an admin) as a bearer token.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('fc_session')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key, e.g. fc_live_…' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
