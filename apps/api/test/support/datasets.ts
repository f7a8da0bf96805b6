import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The airline data set is CC BY-NC-SA: it is read where the machine keeps it, never copied into
 * the repository. AIRLINE_TWEETS_DIR names it; otherwise the shared folder beside the checkout.
 */
export function airlineTweetsDir(): string {
  const candidates = [
    process.env.AIRLINE_TWEETS_DIR,
    resolve(__dirname, '../../../../../shared/datasets/airline-tweets'),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(resolve(dir, 'train.csv')));
  if (!found) throw new Error(`the airline data set is missing; looked in ${candidates.join(', ')} (set AIRLINE_TWEETS_DIR)`);
  return found;
}
