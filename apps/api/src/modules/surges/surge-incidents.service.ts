import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { surgeTitle, type ResolveSurgeCasesResult, type SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { skipReason } from '../cases/case-bulk.service';
import { CaseResolutionService } from '../cases/case-resolution.service';
import { InitiativesService } from '../initiatives/initiatives.service';
import { Surge } from './entities/surge.entity';
import { surgeItemsCondition, surgeItemsParams } from './surge-match';

/** Items linked per call: linkFeedback runs in one transaction. */
const LINK_BATCH = 500;

/**
 * What staff do about a surge: open an incident (an initiative of kind incident with every item
 * behind the surge linked, and those still arriving), tell the affected customers through the
 * initiative's updates, and resolve their cases in bulk.
 */
@Injectable()
export class SurgeIncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly initiatives: InitiativesService,
    private readonly resolution: CaseResolutionService,
  ) {}

  /**
   * One click: the incident initiative, titled from the surge, with every matching item linked.
   * Idempotent: a second click (or two at once — serialised per surge) returns the same incident
   * and links only what is new.
   */
  async openIncident(actor: SessionUser, surgeId: string): Promise<string> {
    return this.serialised(surgeId, async () => {
      const surge = await this.dataSource.manager.findOneByOrFail(Surge, { id: surgeId });
      if (surge.status !== 'open' && surge.status !== 'incident') {
        throw new ConflictException({ message: `This surge is ${surge.status}`, issues: [{ field: 'status', message: `is ${surge.status}` }] });
      }
      let initiativeId = surge.initiativeId;
      if (!initiativeId) {
        const initiative = await this.initiatives.create(
          {
            title: `Incident: ${surgeTitle(surge)}`,
            problem: `${surge.volume} items on ${surgeTitle(surge).toLowerCase()} in ${this.config.SURGE_WINDOW_MINUTES} minutes against ${surge.baselineVolume.toFixed(1)} usually, ` +
              `${Math.round(surge.negativeShare * 100)}% negative. Raised by surge detection on ${surge.detectedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
            kind: 'incident',
            departmentIds: await this.departmentsHandling(surge),
            ownerId: actor.role === 'owner' || actor.role === 'admin' ? actor.id : null,
            topic: surge.topic.slice(0, 60),
            isPublic: false,
          },
          actor.id,
        );
        initiativeId = initiative.id;
        await this.dataSource.query(`UPDATE surge SET status = 'incident', initiative_id = $2, updated_at = now() WHERE id = $1`, [surge.id, initiativeId]);
      }
      await this.linkMatching({ ...surge, initiativeId }, actor.id);
      return initiativeId;
    });
  }

  /** Late arrivals: items matching an incident's surge that are not linked yet (the detector calls this each run). */
  async linkLateArrivals(): Promise<number> {
    const surges = await this.dataSource.manager.find(Surge, { where: { status: 'incident' } });
    let linked = 0;
    for (const s of surges) if (s.initiativeId) linked += await this.linkMatching(s, null);
    return linked;
  }

  /** One templated status message per affected, consenting customer (the initiative's fan-out); follow-ups allowed. */
  async publishUpdate(actor: SessionUser, surgeId: string, message: string): Promise<string> {
    const surge = await this.dataSource.manager.findOneByOrFail(Surge, { id: surgeId });
    if (!surge.initiativeId) throw this.noIncident();
    // Whoever arrived since the last detector run hears this update too.
    await this.linkMatching(surge, actor.id);
    const update = await this.initiatives.publishUpdate(surge.initiativeId, 'incident_update', message, actor.id);
    return update.id;
  }

  /** Resolves every open case of the linked items with the message; cases the actor may not resolve are reported, not refused. */
  async resolveCases(actor: SessionUser, surgeId: string, message: string): Promise<ResolveSurgeCasesResult> {
    const surge = await this.dataSource.manager.findOneByOrFail(Surge, { id: surgeId });
    if (!surge.initiativeId) throw this.noIncident();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.id FROM initiative_link l JOIN case_item ci ON ci.feedback_id = l.feedback_id JOIN cases c ON c.id = ci.case_id
        WHERE l.initiative_id = $1 AND c.status NOT IN ('resolved', 'closed') ORDER BY c.id`,
      [surge.initiativeId],
    );
    const result: ResolveSurgeCasesResult = { resolved: 0, skipped: [] };
    for (const { id } of rows) {
      try {
        await this.resolveOne(actor, id, message);
        result.resolved++;
      } catch (err) {
        result.skipped.push({ caseId: id, reason: skipReason(err) });
      }
    }
    return result;
  }

  /**
   * An incident update is a message about the customer's own feedback, so it answers the case; a
   * case whose customer heard nothing yet (no update sent, or they withdrew consent) is resolved
   * with the reason no reply was possible, as the resolve endpoint requires.
   */
  private async resolveOne(actor: SessionUser, caseId: string, message: string): Promise<void> {
    try {
      await this.resolution.resolve(actor, caseId, { summary: message });
    } catch (err) {
      const issues = err instanceof BadRequestException ? (err.getResponse() as { issues?: { field: string }[] }).issues : undefined;
      if (!issues?.some((i) => i.field === 'noReplyReason')) throw err;
      await this.resolution.resolve(actor, caseId, { summary: message, noReplyReason: 'Resolved with the incident; the customer had no reply on this case' });
    }
  }

  private async linkMatching(surge: Surge, actorId: string | null): Promise<number> {
    if (!surge.initiativeId) return 0;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM feedback f
        WHERE ${surgeItemsCondition(1)}
          AND NOT EXISTS (SELECT 1 FROM initiative_link l WHERE l.initiative_id = $5 AND l.feedback_id = f.id)
        ORDER BY f.received_at, f.id`,
      [...surgeItemsParams(surge), surge.initiativeId],
    );
    let linked = 0;
    for (let i = 0; i < rows.length; i += LINK_BATCH) {
      linked += await this.initiatives.linkFeedback(surge.initiativeId, rows.slice(i, i + LINK_BATCH).map((r) => r.id), 'surge', actorId);
    }
    return linked;
  }

  private async departmentsHandling(surge: Surge): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.department_id AS id FROM feedback f JOIN case_item ci ON ci.feedback_id = f.id JOIN cases c ON c.id = ci.case_id
        WHERE $1::text = ANY(f.topics) AND f.received_at >= $2 AND c.department_id IS NOT NULL ORDER BY 1 LIMIT 20`,
      [surge.topic, new Date(surge.windowStart.getTime() - this.config.SURGE_BASELINE_DAYS * 86_400_000)],
    );
    return rows.map((r) => r.id);
  }

  /** Two clicks on one surge at once: the second waits, then finds the first one's incident. */
  private async serialised<T>(surgeId: string, work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('surge_incident'), hashtext($1))`, [surgeId]);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('surge_incident'), hashtext($1))`, [surgeId]);
      }
    } finally {
      await runner.release();
    }
  }

  private noIncident(): ConflictException {
    return new ConflictException({ message: 'Open an incident for this surge first', issues: [{ field: 'initiativeId', message: 'no incident yet' }] });
  }
}
