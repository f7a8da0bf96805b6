import { Foundation1795602097380 } from './1795602097380-Foundation';
import { OrgAndAuth1795602658994 } from './1795602658994-OrgAndAuth';
import { IntakeAndCustomers1795606404583 } from './1795606404583-IntakeAndCustomers';
import { ApiKeysAndIdempotency1795606722841 } from './1795606722841-ApiKeysAndIdempotency';
import { Conversations1795611849214 } from './1795611849214-Conversations';
import { Enrichment1795616065274 } from './1795616065274-Enrichment';
/** Every migration, oldest first. `npm run migration:generate -- <Name>` writes a new file and adds it here. */
export const MIGRATIONS: Function[] = [Foundation1795602097380, OrgAndAuth1795602658994, IntakeAndCustomers1795606404583, ApiKeysAndIdempotency1795606722841, Conversations1795611849214, Enrichment1795616065274];
