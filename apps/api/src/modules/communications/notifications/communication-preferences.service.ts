import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunicationPreferences, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { CommunicationPreferencesRow } from '../entities/communication-preferences.entity';

/** Absent row: no digest, email notifications on (the entity's defaults). */
const DEFAULTS: CommunicationPreferences = { feedDigest: false, emailNotifications: true };

/** A colleague's own choices: the weekly feed digest and email for notifications. */
@Injectable()
export class CommunicationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(user: SessionUser): Promise<CommunicationPreferences> {
    const row = await this.dataSource.manager.findOne(CommunicationPreferencesRow, { where: { userId: user.id } });
    return row ? { feedDigest: row.feedDigest, emailNotifications: row.emailNotifications } : { ...DEFAULTS };
  }

  async save(user: SessionUser, body: CommunicationPreferences): Promise<CommunicationPreferences> {
    await this.dataSource.manager.upsert(CommunicationPreferencesRow, { userId: user.id, ...body }, ['userId']);
    return this.get(user);
  }
}
