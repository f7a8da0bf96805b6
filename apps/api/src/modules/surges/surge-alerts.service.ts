import { Inject, Injectable } from '@nestjs/common';
import { surgeTitle } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CommunicationsService } from '../communications/communications.service';
import type { Surge } from './entities/surge.entity';
import { surgeItemsCondition, surgeItemsParams } from './surge-match';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Tells the people who must act that a surge was raised: the owners of the departments that handle
 * its topic (they hold cases on it over the baseline) and every executive — in the bell and by
 * email (CommunicationsService.notifyStaff emails colleagues who keep email notifications on, the
 * default). The dedupe key `surge:<id>` makes it once per person per surge, however often it runs;
 * the bell turns the key into a link to /surges/<id>.
 */
@Injectable()
export class SurgeAlertsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly communications: CommunicationsService,
  ) {}

  async alert(manager: EntityManager, surge: Surge): Promise<string[]> {
    const userIds = await this.recipients(manager, surge);
    const [{ n: items }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM feedback f WHERE ${surgeItemsCondition(1)}`, surgeItemsParams(surge));
    const link = `${(this.config.PUBLIC_URL ?? '').replace(/\/+$/, '')}/surges/${surge.id}`;
    const title = `Surge: ${surgeTitle(surge)}`;
    const body =
      `${items} item${items === 1 ? '' : 's'} in the last ${this.config.SURGE_WINDOW_MINUTES} minutes against ${surge.baselineVolume.toFixed(1)} usually; ` +
      `${pct(surge.negativeShare)} negative (usually ${pct(surge.baselineNegativeShare)}).\n\nOpen the surge: ${link}`;
    return this.communications.notifyStaff(manager, { userIds, kind: 'surge', title, body, dedupeKey: `surge:${surge.id}` });
  }

  /** Owners of the departments that handled the topic over the baseline, and every executive (active accounts only). */
  private async recipients(manager: EntityManager, surge: Surge): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM app_user u WHERE u.status = 'active' AND (
         u.role = 'executive'
         OR (u.role IN ('owner', 'admin') AND EXISTS (
           SELECT 1 FROM department_membership m
             JOIN cases c ON c.department_id = m.department_id
             JOIN case_item ci ON ci.case_id = c.id
             JOIN feedback f ON f.id = ci.feedback_id
            WHERE m.user_id = u.id AND m.is_owner AND $1::text = ANY(f.topics) AND f.received_at >= $2)))`,
      [surge.topic, new Date(surge.windowStart.getTime() - this.config.SURGE_BASELINE_DAYS * 86_400_000)],
    );
    return rows.map((r) => r.id);
  }
}
