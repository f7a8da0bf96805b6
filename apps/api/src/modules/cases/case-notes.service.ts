import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddNoteRequest, CaseNoteDto, MentionableColleagueDto, MentionableQuery, Role, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { CommunicationsService } from '../communications/communications.service';
import { visibleCase } from './case-access';
import { recordCaseEvent } from './case-events';
import { canSeeCase } from './case-permissions';
import { NOTE_ROWS_SQL, type NoteRow, toCaseNoteDto } from './case-work.mapper';
import { CaseGrant } from './entities/case-grant.entity';
import { CaseNote } from './entities/case-note.entity';
import type { Case } from './entities/case.entity';

interface Colleague {
  id: string;
  name: string;
  role: Role;
  status: string;
  department_ids: string[];
}

const COLLEAGUES_SQL = `
  SELECT u.id, u.name, u.role, u.status,
    coalesce(array_agg(m.department_id) FILTER (WHERE m.department_id IS NOT NULL), '{}') AS department_ids
  FROM app_user u LEFT JOIN department_membership m ON m.user_id = u.id`;

const excerpt = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Internal notes; an @mention notifies the colleague and, when they could not see the case, lets them in. */
@Injectable()
export class CaseNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communications: CommunicationsService,
  ) {}

  async add(author: SessionUser, caseId: string, body: AddNoteRequest): Promise<CaseNoteDto> {
    const noteId = await this.dataSource.transaction(async (manager) => {
      const c = await visibleCase(manager, author, caseId, { ability: 'note', forbidden: 'You may not add notes to this case' });
      const mentioned = await this.mentioned(manager, body.mentions ?? []);
      const note = await manager.save(manager.create(CaseNote, { caseId, authorId: author.id, body: body.body, mentions: mentioned.map((m) => m.id) }));
      await recordCaseEvent(manager, caseId, 'note_added', { noteId: note.id, mentions: note.mentions }, author.id);
      const others = mentioned.filter((m) => m.id !== author.id);
      await this.grant(manager, author, c, others);
      if (others.length > 0) await this.notify(manager, author, c, note, others);
      return note.id;
    });
    const [row]: NoteRow[] = await this.dataSource.query(`${NOTE_ROWS_SQL} WHERE n.id = $1`, [noteId]);
    return toCaseNoteDto(row);
  }

  /** Active colleagues whose name starts with `q` (or has a word that does), the case's department first. */
  async mentionable(user: SessionUser, caseId: string, query: MentionableQuery): Promise<MentionableColleagueDto[]> {
    const c = await visibleCase(this.dataSource.manager, user, caseId);
    const q = query.q?.trim() ?? '';
    const pattern = q.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    const rows: (Colleague & { department: string | null; granted: boolean })[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.role, u.status, coalesce(ms.department_ids, '{}') AS department_ids,
              (SELECT d.name FROM department_membership m JOIN department d ON d.id = m.department_id
                WHERE m.user_id = u.id ORDER BY (m.department_id = $2) DESC NULLS LAST, d.name LIMIT 1) AS department,
              EXISTS (SELECT 1 FROM case_grant g WHERE g.case_id = $1 AND g.user_id = u.id) AS granted
         FROM app_user u
         LEFT JOIN LATERAL (SELECT array_agg(m.department_id) AS department_ids FROM department_membership m WHERE m.user_id = u.id) ms ON TRUE
        WHERE u.status = 'active' AND ($3 = '' OR u.name ILIKE $3 || '%' OR u.name ILIKE '% ' || $3 || '%')
        ORDER BY ($2::uuid = ANY(coalesce(ms.department_ids, '{}'))) DESC, u.name, u.id
        LIMIT $4`,
      [caseId, c.departmentId, pattern, query.limit ?? 10],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      department: r.department,
      seesCase: canSeeCase({ id: r.id, role: r.role, departmentIds: r.department_ids }, { ...c, granted: r.granted }),
    }));
  }

  /** Each mention must be an active colleague: a 400 names the first that is not. */
  private async mentioned(manager: EntityManager, ids: string[]): Promise<Colleague[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows: Colleague[] = await manager.query(`${COLLEAGUES_SQL} WHERE u.id = ANY($1::uuid[]) GROUP BY u.id`, [unique]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    ids.forEach((id, i) => {
      if (byId.get(id)?.status !== 'active') throw fieldInvalid(`mentions.${i}`, 'is not an active colleague');
    });
    return unique.map((id) => byId.get(id)!);
  }

  /** Lets mentioned colleagues outside the case's audience open it. */
  private async grant(manager: EntityManager, author: SessionUser, c: Case, colleagues: Colleague[]): Promise<void> {
    const outside = colleagues.filter((m) => !canSeeCase({ id: m.id, role: m.role, departmentIds: m.department_ids }, c));
    if (outside.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseGrant)
      .values(outside.map((m) => ({ caseId: c.id, userId: m.id, grantedById: author.id, reason: `mentioned by ${author.name}` })))
      .orIgnore()
      .execute();
  }

  private async notify(manager: EntityManager, author: SessionUser, c: Case, note: CaseNote, colleagues: Colleague[]): Promise<void> {
    const [conv]: { reference: string }[] = await manager.query('SELECT reference FROM conversation WHERE id = $1', [c.conversationId]);
    await this.communications.notifyStaff(manager, {
      userIds: colleagues.map((m) => m.id),
      kind: 'mention',
      title: `${author.name} mentioned you on ${conv?.reference ?? 'a case'}`,
      body: excerpt(note.body),
      caseId: c.id,
      actorId: author.id,
      dedupeKey: `mention:${note.id}`,
    });
  }
}

