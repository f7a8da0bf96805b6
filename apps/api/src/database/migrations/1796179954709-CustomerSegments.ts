import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerSegments1796179954709 implements MigrationInterface {
  name = 'CustomerSegments1796179954709';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"customer\" ADD \"segment\" text");
    await q.query("ALTER TABLE \"customer\" ADD \"vip\" boolean NOT NULL DEFAULT false");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"customer\" DROP COLUMN \"vip\"");
    await q.query("ALTER TABLE \"customer\" DROP COLUMN \"segment\"");
  }
}
