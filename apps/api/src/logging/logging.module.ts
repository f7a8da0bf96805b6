import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { pinoHttpOptions } from './logger-options';

/** Structured JSON logs (pino) with request ids; see logger-options.ts for redaction. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: pinoHttpOptions(config), forRoutes: ['{*path}'] }),
    }),
  ],
})
export class LoggingModule {}
