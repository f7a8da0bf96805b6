import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SurgeDimension } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Surge } from './entities/surge.entity';
import { surgesToAlert } from './surge-alert-choice';
import { SurgeAlertsService } from './surge-alerts.service';
import { SurgeIncidentsService } from './surge-incidents.service';
import { LOCATION_SQL, PRODUCT_SQL } from './surge-match';
import { assessSurge, surgeWindows } from './surge-statistics';

interface CountRow {
  topic: string;
  dimension: SurgeDimension;
  value: string;
  recent: number;
  recent_negative: number;
  baseline: number;
  baseline_negative: number;
}

export interface DetectionResult {
  /** Surges raised or found again in this run. */
  surges: { id: string; topic: string; dimension: SurgeDimension; dimensionValue: string; isNew: boolean }[];
  /** Surges whose alert went out in this run. */
  alerted: string[];
  /** Late arrivals linked to open incidents. */
  linked: number;
}

/** A dismissed surge keeps its key quiet this long, so "not a real surge" is not raised again next minute. */
const DISMISSAL_QUIET_MS = 24 * 3_600_000;

/**
 * The minutely detector. Counts every topic (and topic × location, topic × product) in the recent
 * window and over the baseline before it, in one query over enriched items; a key far above its
 * baseline (assessSurge) becomes a surge — or updates the live one (one per key, the partial
 * unique index). New surges are alerted (see surgesToAlert for which), then the late arrivals of
 * open incidents are linked. `now` is a parameter so a replay or a test is deterministic.
 */
@Injectable()
export class SurgeDetectionService {
  private readonly logger = new Logger(SurgeDetectionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: SurgeAlertsService,
    private readonly incidents: SurgeIncidentsService,
  ) {}

  async detect(now = new Date()): Promise<DetectionResult> {
    const { windowStart, baselineStart, baselineWindows } = surgeWindows(now, this.config.SURGE_WINDOW_MINUTES, this.config.SURGE_BASELINE_DAYS);
    const thresholds = { minVolume: this.config.SURGE_MIN_VOLUME, factor: this.config.SURGE_FACTOR, baselineWindows };
    const rows = await this.counts(baselineStart, windowStart, now);
    const result: DetectionResult = { surges: [], alerted: [], linked: 0 };
    // Topic-wide keys first, so a location surge of a topic raised in the same run sees it.
    const ordered = [...rows].sort((a, b) => Number(a.dimension !== 'topic') - Number(b.dimension !== 'topic'));
    for (const row of ordered) {
      const a = assessSurge(
        { recent: row.recent, recentNegative: row.recent_negative, baseline: row.baseline, baselineNegative: row.baseline_negative },
        thresholds,
      );
      if (!a.raised) continue;
      const outcome = await this.dataSource.transaction(async (manager) => {
        if (await this.recentlyDismissed(manager, row, now)) return null;
        const [saved]: { id: string; inserted: boolean }[] = await manager.query(
          `INSERT INTO surge (topic, dimension, dimension_value, status, window_start, volume, baseline_volume, negative_share, baseline_negative_share)
           VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8)
           ON CONFLICT (topic, dimension, dimension_value) WHERE status IN ('open', 'incident')
           DO UPDATE SET volume = EXCLUDED.volume, baseline_volume = EXCLUDED.baseline_volume,
                         negative_share = EXCLUDED.negative_share, baseline_negative_share = EXCLUDED.baseline_negative_share, updated_at = now()
           RETURNING id, (xmax = 0) AS inserted`,
          [row.topic, row.dimension, row.value, windowStart, row.recent, a.baselineVolume, a.negativeShare, a.baselineNegativeShare],
        );
        const raised = { id: saved.id, topic: row.topic, dimension: row.dimension, dimensionValue: row.value, isNew: saved.inserted };
        const liveTopics = new Set(await this.liveTopicWide(manager, row.topic, saved.id));
        const [chosen] = surgesToAlert([raised], liveTopics);
        if (chosen) {
          await this.alerts.alert(manager, await manager.findOneByOrFail(Surge, { id: saved.id }));
          result.alerted.push(saved.id);
        }
        return raised;
      });
      if (outcome) result.surges.push(outcome);
    }
    result.linked = await this.incidents.linkLateArrivals();
    if (result.surges.some((s) => s.isNew)) this.logger.log(`raised ${result.surges.filter((s) => s.isNew).length} surge(s), alerted ${result.alerted.length}`);
    return result;
  }

  /** Every key with at least the minimum volume in the window, with its window and baseline counts. */
  private counts(baselineStart: Date, windowStart: Date, now: Date): Promise<CountRow[]> {
    return this.dataSource.query(
      `WITH items AS (
         SELECT t.topic, f.sentiment = 'negative' AS negative, f.received_at >= $2 AS recent,
                left(${LOCATION_SQL}, 200) AS location, left(${PRODUCT_SQL}, 200) AS product
           FROM feedback f CROSS JOIN LATERAL unnest(f.topics) AS t(topic)
          WHERE f.enriched_at IS NOT NULL AND f.received_at >= $1 AND f.received_at < $3
       ), keyed AS (
         SELECT topic, 'topic' AS dimension, '' AS value, negative, recent FROM items
         UNION ALL SELECT topic, 'location', location, negative, recent FROM items WHERE location IS NOT NULL
         UNION ALL SELECT topic, 'product', product, negative, recent FROM items WHERE product IS NOT NULL
       )
       SELECT topic, dimension, value,
              count(*) FILTER (WHERE recent)::int AS recent,
              count(*) FILTER (WHERE recent AND negative)::int AS recent_negative,
              count(*) FILTER (WHERE NOT recent)::int AS baseline,
              count(*) FILTER (WHERE NOT recent AND negative)::int AS baseline_negative
         FROM keyed
        GROUP BY topic, dimension, value
       HAVING count(*) FILTER (WHERE recent) >= $4
        ORDER BY topic, dimension, value`,
      [baselineStart, windowStart, now, this.config.SURGE_MIN_VOLUME],
    );
  }

  private async recentlyDismissed(manager: EntityManager, row: CountRow, now: Date): Promise<boolean> {
    const found: unknown[] = await manager.query(
      `SELECT 1 FROM surge WHERE topic = $1 AND dimension = $2 AND dimension_value = $3 AND status = 'dismissed' AND updated_at > $4 LIMIT 1`,
      [row.topic, row.dimension, row.value, new Date(now.getTime() - DISMISSAL_QUIET_MS)],
    );
    return found.length > 0;
  }

  /** The topic, when a topic-wide surge other than `exceptId` is live for it. */
  private async liveTopicWide(manager: EntityManager, topic: string, exceptId: string): Promise<string[]> {
    const rows: { topic: string }[] = await manager.query(
      `SELECT topic FROM surge WHERE topic = $1 AND dimension = 'topic' AND status IN ('open', 'incident') AND id <> $2 LIMIT 1`,
      [topic, exceptId],
    );
    return rows.map((r) => r.topic);
  }
}
