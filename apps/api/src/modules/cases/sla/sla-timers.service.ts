import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SlaStep } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxService } from '../../../queue/outbox/outbox.service';
import { CommunicationsService } from '../../communications/communications.service';
import { BusinessHoursService } from '../../routing/sla/business-hours.service';
import { SlaPlanner } from '../../routing/sla/sla-planner.service';
import { CaseEvent } from '../entities/case-event.entity';
import { Case } from '../entities/case.entity';
import { nextDueAt, pendingSteps, planCaseSla, stepParts, stepPending } from './case-sla-plan';
import { type Recipient, slaRecipients } from './sla-recipients';

/** A timer this late is fired by the sweep instead (its job was lost, e.g. with Redis's data). */
const SWEEP_GRACE_MS = 30_000;
const SWEEP_BATCH = 500;

const EVENT_FOR = { warning: 'sla_warning', breach: 'sla_breached', escalation: 'escalated' } as const;
const NOTIFICATION_FOR = { warning: 'sla_warning', breach: 'sla_breach', escalation: 'escalation' } as const;
const TARGET_TEXT = { first_response: 'First response', resolution: 'Resolution' } as const;

/**
 * SLA timers of cases. Only a case's next step has a timer: a delayed job, written to the outbox
 * with the state change that planned it, carrying the step and its instant. When it fires, the
 * case is reloaded; a timer that no longer matches the case's next step (the plan changed: a
 * pause, a reassignment) does nothing. Each step fires at most once per case (a unique event key),
 * however often its job runs; a minutely sweep fires steps whose timers went missing.
 */
@Injectable()
export class SlaTimersService {
  private readonly logger = new Logger(SlaTimersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: SlaPlanner,
    private readonly hours: BusinessHoursService,
    private readonly outbox: OutboxService,
    private readonly communications: CommunicationsService,
  ) {}

  /** (Re)plans `c`'s SLA from its department, policy, priority and pauses, and schedules its next step. The caller saves `c`. */
  async replan(manager: EntityManager, c: Case, now = new Date()): Promise<void> {
    if (!c.departmentId) {
      Object.assign(c, { slaPlan: null, slaDueAt: null, slaNextStep: null, slaNextStepAt: null });
      return;
    }
    const policy = await this.planner.resolvePolicy(manager, c.slaPolicyId);
    const hours = await this.hours.hoursOf(manager, c.departmentId);
    c.slaPlan = planCaseSla(hours, policy, c.priority, c.openedAt, c.slaPauses);
    await this.scheduleNext(manager, c, now);
  }

  /** Moves the case's next step and due time to what its plan and state say now; a new timer when the next step changed. */
  async scheduleNext(manager: EntityManager, c: Case, now = new Date()): Promise<void> {
    c.slaDueAt = nextDueAt(c, c.slaPlan);
    const next = c.slaPlan
      ? pendingSteps(c, c.slaPlan)
          .filter((s) => !c.slaFired.includes(s.step))
          .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0]
      : undefined;
    const unchanged = next?.step === (c.slaNextStep ?? undefined) && next?.at === c.slaNextStepAt?.toISOString();
    c.slaNextStep = next?.step ?? null;
    c.slaNextStepAt = next ? new Date(next.at) : null;
    if (next && !unchanged) {
      await this.outbox.enqueue(manager, 'cases', 'sla-step', { caseId: c.id, step: next.step, at: next.at }, { delayMs: Math.max(0, Date.parse(next.at) - now.getTime()) });
    }
  }

  /** Fires `step` of a case if it is still the case's next step at `at`. Safe to repeat. */
  async fire(caseId: string, step: SlaStep, at: string): Promise<'fired' | 'stale'> {
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!c || c.slaNextStep !== step || c.slaNextStepAt?.toISOString() !== at) return 'stale';
      if (!stepPending(c, step) || c.slaFired.includes(step)) {
        await this.scheduleNext(manager, c);
        await manager.save(c);
        return 'stale';
      }
      const { target, kind } = stepParts(step);
      const notified = await slaRecipients(manager, kind, c);
      await manager
        .createQueryBuilder()
        .insert()
        .into(CaseEvent)
        .values({ caseId, type: EVENT_FOR[kind], actorId: null, data: { step, target, dueAt: at, notified }, dedupeKey: `sla:${step}` })
        .orIgnore()
        .execute();
      await this.notify(manager, c, step, at, notified);
      c.slaFired = [...c.slaFired, step];
      if (kind !== 'warning' && !c.breachedAt) c.breachedAt = new Date(at);
      await this.scheduleNext(manager, c);
      await manager.save(c);
      return 'fired';
    });
  }

  /** The bell for the people the step concerns; the key makes a repeated step notify once. */
  private async notify(manager: EntityManager, c: Case, step: SlaStep, at: string, recipients: Recipient[]): Promise<void> {
    if (!recipients.length) return;
    const { target, kind } = stepParts(step);
    const [conv]: { reference: string }[] = await manager.query('SELECT reference FROM conversation WHERE id = $1', [c.conversationId]);
    const due = kind === 'warning' ? `due ${at.slice(0, 16).replace('T', ' ')} UTC` : kind === 'breach' ? 'overdue' : 'overdue and escalated';
    await this.communications.notifyStaff(manager, {
      userIds: recipients.map((r) => r.id),
      kind: NOTIFICATION_FOR[kind],
      title: `${conv?.reference ?? 'A case'}: ${TARGET_TEXT[target].toLowerCase()} ${due}`,
      body: `${TARGET_TEXT[target]} ${kind === 'warning' ? 'is' : 'was'} due at ${at}; you are told as ${recipients[0].as === 'executive' ? 'an executive' : `the ${recipients[0].as}`}.`,
      caseId: c.id,
      dedupeKey: `${c.id}:${step}:${at}`,
    });
  }

  /** Fires every step whose timer is overdue by more than the grace period. Returns how many fired. */
  async sweep(now = new Date()): Promise<number> {
    const due: { id: string; step: SlaStep; at: Date }[] = await this.dataSource.query(
      `SELECT id, sla_next_step AS step, sla_next_step_at AS at FROM cases
        WHERE sla_next_step_at < $1 ORDER BY sla_next_step_at LIMIT ${SWEEP_BATCH}`,
      [new Date(now.getTime() - SWEEP_GRACE_MS)],
    );
    let fired = 0;
    for (const row of due) {
      if ((await this.fire(row.id, row.step, row.at.toISOString())) === 'fired') fired += 1;
    }
    if (fired) this.logger.warn(`SLA sweep fired ${fired} overdue step(s) whose timers had not run`);
    return fired;
  }
}
