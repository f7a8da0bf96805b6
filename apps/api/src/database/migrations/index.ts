import { Foundation1795602097380 } from './1795602097380-Foundation';
import { OrgAndAuth1795602658994 } from './1795602658994-OrgAndAuth';
import { IntakeAndCustomers1795606404583 } from './1795606404583-IntakeAndCustomers';
import { ApiKeysAndIdempotency1795606722841 } from './1795606722841-ApiKeysAndIdempotency';
import { Conversations1795611849214 } from './1795611849214-Conversations';
import { FeedbackForms1795612687346 } from './1795612687346-FeedbackForms';
import { CsvImport1795612738221 } from './1795612738221-CsvImport';
import { WebhookSources1795612944098 } from './1795612944098-WebhookSources';
import { Surveys1795612986225 } from './1795612986225-Surveys';
import { Enrichment1795616065274 } from './1795616065274-Enrichment';
import { RoutingRules1795617678007 } from './1795617678007-RoutingRules';
import { SlaPolicies1795617859997 } from './1795617859997-SlaPolicies';
import { Cases1796179125107 } from './1796179125107-Cases';
import { CustomerSegments1796179954709 } from './1796179954709-CustomerSegments';
import { CloseTheLoop1796190224234 } from './1796190224234-CloseTheLoop';
import { OuterLoop1796214776274 } from './1796214776274-OuterLoop';
/** Every migration, oldest first. `npm run migration:generate -- <Name>` writes a new file and adds it here. */
export const MIGRATIONS: Function[] = [Foundation1795602097380, OrgAndAuth1795602658994, IntakeAndCustomers1795606404583, ApiKeysAndIdempotency1795606722841, Conversations1795611849214, FeedbackForms1795612687346, CsvImport1795612738221, WebhookSources1795612944098, Surveys1795612986225, Enrichment1795616065274, RoutingRules1795617678007, SlaPolicies1795617859997, Cases1796179125107, CustomerSegments1796179954709, CloseTheLoop1796190224234, OuterLoop1796214776274];
