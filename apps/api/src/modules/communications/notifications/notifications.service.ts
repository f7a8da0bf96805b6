import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MarkNotificationsReadRequest, NotificationDto, NotificationKind, NotificationPage, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';

const PAGE = 50;

interface Row {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  case_id: string | null;
  case_reference: string | null;
  actor_id: string | null;
  actor_name: string | null;
  created_at: Date;
  read_at: Date | null;
  dedupe_key: string | null;
}

/** The bell: a colleague's own notifications. Written by CommunicationsService.notifyStaff. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: SessionUser): Promise<NotificationPage> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.body, n.case_id, conv.reference AS case_reference, n.actor_id, a.name AS actor_name, n.created_at, n.read_at, n.dedupe_key
         FROM staff_notification n
         LEFT JOIN cases c ON c.id = n.case_id
         LEFT JOIN conversation conv ON conv.id = c.conversation_id
         LEFT JOIN app_user a ON a.id = n.actor_id
        WHERE n.user_id = $1
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${PAGE}`,
      [user.id],
    );
    const [{ unread }]: { unread: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS unread FROM staff_notification WHERE user_id = $1 AND read_at IS NULL',
      [user.id],
    );
    return { notifications: rows.map(toDto), unread };
  }

  /** Marks the given (else all) notifications read; ids of someone else's notifications are ignored, not refused. */
  async markRead(user: SessionUser, body: MarkNotificationsReadRequest): Promise<NotificationPage> {
    await this.dataSource.query(
      `UPDATE staff_notification SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [user.id, body.ids ?? null],
    );
    return this.list(user);
  }
}

function toDto(r: Row): NotificationDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    caseId: r.case_id,
    caseReference: r.case_reference,
    // A surge alert's dedupe key is `surge:<id>` (SurgeAlertsService): it leads to the surge's page.
    link: r.kind === 'surge' && r.dedupe_key?.startsWith('surge:') ? `/surges/${r.dedupe_key.slice('surge:'.length)}` : null,
    actor: r.actor_id && r.actor_name ? { id: r.actor_id, name: r.actor_name } : null,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  };
}
