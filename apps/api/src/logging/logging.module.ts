import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { pinoHttpOptions } from './logger-options';

/** Structured JSON logs (pino) with request ids; see logger-options.ts for redaction. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: pinoHttpOptions(config),
        // probes and scrapes every few seconds would drown the request log
        exclude: [
          { path: 'health/{*path}', method: RequestMethod.GET },
          { path: 'metrics', method: RequestMethod.GET },
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
