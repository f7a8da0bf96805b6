import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built web app: WEB_DIST_DIR, else apps/web/dist next to this build; null when not built. */
export function resolveWebDist(configured: string | undefined): string | null {
  const candidates = configured ? [resolve(configured)] : [resolve(__dirname, '../../../web/dist'), resolve(__dirname, '../../../../apps/web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}
