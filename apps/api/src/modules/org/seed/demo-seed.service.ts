import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../../../common/auth/password-hash';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { Department } from '../entities/department.entity';
import { User } from '../entities/user.entity';
import { replaceMemberships } from '../user-queries';
import { DEMO_DEPARTMENTS, demoStaff } from './demo-org.data';

// Arbitrary constant shared by every API process, so N processes starting together seed once.
const DEMO_SEED_LOCK_ID = 7_140_914_212;

/** On first start with no users, creates the demo organisation (SEED_DEMO=false turns it off). */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.printLogins(created);
  }

  /** Returns how many users it created: 0 when the organisation already has anyone. */
  async seed(): Promise<number> {
    if (await this.hasUsers(this.dataSource.manager)) return 0;
    // Hashed once, outside the lock: every demo account shares the published demo password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK_ID]);
      if (await this.hasUsers(manager)) return 0;
      const departments = await manager.save(DEMO_DEPARTMENTS.map((d) => manager.create(Department, { ...d })));
      const idOf = new Map(departments.map((d) => [d.slug, d.id]));
      const staff = demoStaff();
      for (const person of staff) {
        const user = await manager.save(
          manager.create(User, { email: person.email, name: person.name, role: person.role, status: 'active', passwordHash }),
        );
        await replaceMemberships(manager, user, person.departmentSlugs.map((slug) => idOf.get(slug)!));
      }
      await this.audit.announce(manager, {
        actorId: null,
        actorName: 'demo seed',
        action: 'org.demo.seeded',
        targetType: 'organisation',
        targetId: null,
        data: { departments: departments.length, users: staff.length },
      });
      return staff.length;
    });
  }

  private hasUsers(manager: EntityManager): Promise<boolean> {
    return manager.getRepository(User).exists();
  }

  private printLogins(created: number): void {
    this.logger.log(`Demo organisation created: ${DEMO_DEPARTMENTS.length} departments, ${created} staff. Demo logins:`);
    for (const login of Object.values(DEMO_LOGINS)) {
      this.logger.log(`  demo login  ${login.role.padEnd(9)}  ${login.email.padEnd(28)}  password: ${login.password}`);
    }
    this.logger.log(`  (the ${created - Object.keys(DEMO_LOGINS).length} generated staff use the same password)`);
  }
}
