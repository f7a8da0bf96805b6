import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export function setupSwagger(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fullcircle API')
      .setDescription('Feedback-to-action platform. Staff endpoints use the session cookie set by POST /api/auth/login.')
      .setVersion('0.1.0')
      .addCookieAuth('fc_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
