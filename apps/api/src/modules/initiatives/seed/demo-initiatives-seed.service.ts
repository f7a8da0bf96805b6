import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { faker } from '@faker-js/faker/locale/en';
import type { InitiativeStatus, Role, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { InitiativeComment } from '../entities/initiative-comment.entity';
import { InitiativeFollow } from '../entities/initiative-follow.entity';
import { InitiativeVote } from '../entities/initiative-vote.entity';
import { InitiativesService } from '../initiatives.service';
import { DEMO_INITIATIVES, DEMO_INITIATIVES_SEED, type DemoInitiative } from './demo-initiatives.data';

const DAY_MS = 24 * 3600_000;
const ADMIN_EMAIL = 'admin@demo.fullcircle.test';
const FOLLOWER_CONSENT_WORDING = 'Tell me when an improvement I follow ships or is declined.';

/** The steps from proposed to each status, each one a move INITIATIVE_TRANSITIONS allows. */
const STATUS_PATH: Record<InitiativeStatus, InitiativeStatus[]> = {
  proposed: [],
  planned: ['planned'],
  in_progress: ['planned', 'in_progress'],
  shipped: ['planned', 'in_progress', 'shipped'],
  declined: ['declined'],
};

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The outer loop of the demo organisation: a handful of improvements linked to the generated demo
 * feedback, with customers' votes, follows and board comments (some waiting for moderation). It
 * goes through InitiativesService — create, linkFeedback, and a status change that ships or
 * declines through publishUpdate — so the outbox, case events, audit and the worker's fan-out
 * (notices per customer, subject to their consent) behave as for real work. Runs once, after the
 * demo feedback seed (AppModule's order), only on a demo database that has no initiative yet.
 */
@Injectable()
export class DemoInitiativesSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo initiatives: ${created}, linked to the demo feedback, with votes and board comments`);
  }

  /** Returns how many initiatives it created: 0 once any exists or without the demo feedback. */
  async seed(now = new Date()): Promise<number> {
    if (!(await this.shouldSeed())) return 0;
    // A session lock on one connection: the service calls below run their own transactions, and a
    // second API process starting at the same time must wait here, then find the initiatives.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('demo_initiatives'))`);
      try {
        if (!(await this.shouldSeed())) return 0;
        return await this.seedAll(now);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('demo_initiatives'))`);
      }
    } finally {
      await runner.release();
    }
  }

  private async shouldSeed(): Promise<boolean> {
    const [{ demo, any }] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM feedback WHERE source = 'demo-seed') AS demo, EXISTS (SELECT 1 FROM initiative) AS any`,
    );
    return demo && !any;
  }

  private async seedAll(now: Date): Promise<number> {
    faker.seed(DEMO_INITIATIVES_SEED);
    const departments: { id: string; slug: string }[] = await this.dataSource.query('SELECT id, slug FROM department');
    const departmentId = new Map(departments.map((d) => [d.slug, d.id]));
    const staff: (StaffRow & { owns: string[] | null; departments: string[] | null })[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.role,
              array_agg(d.slug ORDER BY d.slug) FILTER (WHERE m.is_owner) AS owns,
              array_agg(m.department_id) FILTER (WHERE m.department_id IS NOT NULL) AS departments
         FROM app_user u LEFT JOIN department_membership m ON m.user_id = u.id LEFT JOIN department d ON d.id = m.department_id
        WHERE u.status = 'active' GROUP BY u.id ORDER BY u.email`,
    );
    const admin = staff.find((s) => s.email === ADMIN_EMAIL) ?? staff.find((s) => s.role === 'admin') ?? null;
    // The demo customers, oldest voice first: a stable order for the seeded picks below.
    const customers: string[] = (
      await this.dataSource.query(
        `SELECT f.customer_id FROM feedback f JOIN customer c ON c.id = f.customer_id
          WHERE f.source = 'demo-seed' AND c.merged_into_id IS NULL GROUP BY f.customer_id ORDER BY min(f.received_at), f.customer_id`,
      )
    ).map((r: { customer_id: string }) => r.customer_id);

    let created = 0;
    for (const demo of DEMO_INITIATIVES) {
      const slugs = demo.departmentSlugs.filter((s) => departmentId.has(s));
      const owner =
        (demo.ownerEmail && staff.find((s) => s.email === demo.ownerEmail)) ||
        staff.find((s) => s.owns?.includes(slugs[0] ?? '')) ||
        admin;
      if (!owner) continue;
      const actor: SessionUser = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, departmentIds: owner.departments ?? [] };
      const row = await this.initiatives.create(
        {
          title: demo.title,
          problem: demo.problem,
          kind: 'improvement',
          departmentIds: slugs.map((s) => departmentId.get(s)!),
          ownerId: owner.id,
          targetDate: demo.targetInDays === null ? null : isoDate(new Date(now.getTime() + demo.targetInDays * DAY_MS)),
          topic: demo.topic,
          isPublic: demo.isPublic,
        },
        owner.id,
      );
      created++;
      await this.dataSource.query('UPDATE initiative SET created_at = $2 WHERE id = $1', [row.id, daysAgo(now, demo.createdDaysAgo)]);

      const linked = await this.initiatives.linkFeedback(row.id, await this.voices(demo), 'staff', owner.id);
      const linkedCustomers = new Set<string>(
        (await this.dataSource.query('SELECT DISTINCT customer_id FROM initiative_link WHERE initiative_id = $1 ORDER BY customer_id', [row.id])).map((r: { customer_id: string }) => r.customer_id),
      );
      await this.boardActivity(row.id, demo, customers, linkedCustomers, admin, now);

      if (demo.status !== 'proposed') await this.moveTo(actor, row.id, demo, now);
      this.logger.debug(`demo initiative "${demo.title}": ${linked} voices linked`);
    }

    await this.dataSource.transaction((manager) =>
      this.audit.announce(manager, {
        actorId: null,
        actorName: 'demo seed',
        action: 'initiatives.demo.seeded',
        targetType: 'organisation',
        targetId: null,
        data: { initiatives: created },
      }),
    );
    return created;
  }

  /** The demo feedback this initiative answers, matched on the generated text, oldest first. */
  private async voices(demo: DemoInitiative): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM feedback f WHERE f.source = 'demo-seed' AND f.text ILIKE ANY($1::text[]) ORDER BY f.received_at, f.id LIMIT $2`,
      [demo.matches, demo.maxLinks],
    );
    return rows.map((r) => r.id);
  }

  /**
   * What customers did on the board: votes and follows from customers not already linked (a linked
   * voice counts as a vote anyway), followers' consent to product updates, and comments — approved
   * ones by a moderator, the rest pending.
   */
  private async boardActivity(initiativeId: string, demo: DemoInitiative, customers: string[], linked: Set<string>, moderator: StaffRow | null, now: Date): Promise<void> {
    if (!demo.isPublic) return;
    const others = customers.filter((c) => !linked.has(c));
    const voters = faker.helpers.arrayElements(others, Math.min(demo.votes, others.length));
    const followers = faker.helpers.arrayElements([...linked, ...voters], Math.min(demo.follows, linked.size + voters.length));
    const when = () => daysAgo(now, faker.number.float({ min: 0.5, max: Math.max(1, demo.createdDaysAgo - 1) }));
    await this.dataSource.transaction(async (manager) => {
      if (voters.length) await manager.insert(InitiativeVote, voters.map((customerId) => ({ initiativeId, customerId, createdAt: when() })));
      if (followers.length) {
        await manager.insert(InitiativeFollow, followers.map((customerId) => ({ initiativeId, customerId, createdAt: when() })));
        // Followers asked to hear what happens: in the demo they also agreed to product updates (marked
        // as the demo seed's), so a ship tells them and everyone else gets a no_consent notice.
        await manager.query(
          `INSERT INTO consent_record (customer_id, purpose, granted, source, wording)
           SELECT c, 'product_updates', true, 'demo seed', $2 FROM unnest($1::uuid[]) AS c
            WHERE NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.customer_id = c AND r.purpose = 'product_updates')`,
          [followers, FOLLOWER_CONSENT_WORDING],
        );
      }
      const comments = demo.comments.map((c) => {
        const createdAt = daysAgo(now, c.daysAgo + faker.number.float({ min: 0.05, max: 0.9 }));
        const approved = c.status === 'approved' && moderator !== null;
        return {
          initiativeId,
          customerId: faker.helpers.arrayElement(customers),
          body: c.body,
          status: approved ? ('approved' as const) : ('pending' as const),
          moderatedById: approved ? moderator.id : null,
          moderatedAt: approved ? new Date(createdAt.getTime() + 3 * 3600_000) : null,
          createdAt,
        };
      });
      if (comments.length) await manager.insert(InitiativeComment, comments);
    });
  }

  /**
   * Along the allowed path (proposed → planned → in progress → shipped | declined) through
   * InitiativesService.update, so shipping and declining publish the update for the worker to fan
   * out. The close is then dated back, so the topic's before/after KPIs have days on both sides.
   */
  private async moveTo(actor: SessionUser, id: string, demo: DemoInitiative, now: Date): Promise<void> {
    for (const status of STATUS_PATH[demo.status]) {
      const closing = status === 'shipped' || status === 'declined';
      await this.initiatives.update(actor, id, closing ? { status, outcomeNote: demo.outcome!.note } : { status });
    }
    if (!demo.outcome) return;
    const at = daysAgo(now, demo.outcome.daysAgo);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE initiative SET shipped_at = CASE WHEN shipped_at IS NULL THEN NULL ELSE $2::timestamptz END,
                declined_at = CASE WHEN declined_at IS NULL THEN NULL ELSE $2::timestamptz END, updated_at = $2 WHERE id = $1`,
        [id, at],
      );
      await manager.query('UPDATE initiative_update SET created_at = $2 WHERE initiative_id = $1', [id, at]);
    });
  }
}

function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
