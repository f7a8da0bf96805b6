import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { type TokenCheck, signSurveyLink, verifySurveyLink } from './survey-link-token';

const KEY_NAME = 'survey-link';

/**
 * The key survey links are signed with: SURVEY_LINK_SECRET when set, otherwise a random key that
 * the first process to need one stores in `signing_key` (the others read back the same row), so
 * every API process agrees on it without any configuration.
 */
@Injectable()
export class SurveyLinkSigner {
  private key: Promise<Buffer> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sign(invitationId: string, expiresAt: Date): Promise<string> {
    return signSurveyLink(await this.signingKey(), invitationId, expiresAt);
  }

  async verify(token: string, now = new Date()): Promise<TokenCheck> {
    return verifySurveyLink(await this.signingKey(), token, now);
  }

  private signingKey(): Promise<Buffer> {
    if (this.config.SURVEY_LINK_SECRET) return Promise.resolve(Buffer.from(this.config.SURVEY_LINK_SECRET, 'utf8'));
    // A failed read (database briefly down) is not cached: the next request tries again.
    this.key ??= this.loadOrCreate().catch((err: unknown) => {
      this.key = null;
      throw err;
    });
    return this.key;
  }

  private async loadOrCreate(): Promise<Buffer> {
    await this.dataSource.query('INSERT INTO signing_key (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      KEY_NAME,
      randomBytes(32).toString('base64'),
    ]);
    const [row]: { secret: string }[] = await this.dataSource.query('SELECT secret FROM signing_key WHERE name = $1', [KEY_NAME]);
    return Buffer.from(row.secret, 'base64');
  }
}
