import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { OutboxMessage } from '../queue/outbox/outbox-message.entity';
import { AuditEvent } from '../modules/audit/entities/audit-event.entity';
import { ApiKey } from '../modules/auth/entities/api-key.entity';
import { Session } from '../modules/auth/entities/session.entity';
import { ConsentRecord } from '../modules/customers/entities/consent-record.entity';
import { CustomerIdentity } from '../modules/customers/entities/customer-identity.entity';
import { Customer } from '../modules/customers/entities/customer.entity';
import { ClassifierModel } from '../modules/enrichment/entities/classifier-model.entity';
import { RoutingRule } from '../modules/routing/rules/entities/routing-rule.entity';
import { FeedbackLabel } from '../modules/enrichment/entities/feedback-label.entity';
import { Conversation } from '../modules/intake/entities/conversation.entity';
import { Feedback } from '../modules/intake/entities/feedback.entity';
import { ImportJob } from '../modules/intake/csv-import/entities/import-job.entity';
import { ImportRowError } from '../modules/intake/csv-import/entities/import-row-error.entity';
import { FeedbackForm } from '../modules/intake/forms/feedback-form.entity';
import { WebhookReplayKey } from '../modules/intake/webhook-sources/entities/webhook-replay-key.entity';
import { WebhookSource } from '../modules/intake/webhook-sources/entities/webhook-source.entity';
import { DepartmentMembership } from '../modules/org/entities/department-membership.entity';
import { Department } from '../modules/org/entities/department.entity';
import { User } from '../modules/org/entities/user.entity';
import { DepartmentBusinessHours } from '../modules/routing/sla/entities/department-business-hours.entity';
import { SlaPolicy } from '../modules/routing/sla/entities/sla-policy.entity';
import { RoutingSettingsRow } from '../modules/routing/settings/entities/routing-settings.entity';
import { Case } from '../modules/cases/entities/case.entity';
import { CaseItem } from '../modules/cases/entities/case-item.entity';
import { CaseEvent } from '../modules/cases/entities/case-event.entity';
import { CaseNote } from '../modules/cases/entities/case-note.entity';
import { CaseAction } from '../modules/cases/entities/case-action.entity';
import { CaseGrant } from '../modules/cases/entities/case-grant.entity';
import { SavedView } from '../modules/cases/entities/saved-view.entity';
import { OutboundMessage } from '../modules/communications/entities/outbound-message.entity';
import { MessageTemplate } from '../modules/communications/entities/message-template.entity';
import { CommunicationSettingsRow } from '../modules/communications/entities/communication-settings.entity';
import { MailboxMessage } from '../modules/communications/entities/mailbox-message.entity';
import { StaffNotification } from '../modules/communications/entities/staff-notification.entity';
import { FeedEntry } from '../modules/communications/entities/feed-entry.entity';
import { CommunicationPreferencesRow } from '../modules/communications/entities/communication-preferences.entity';
import { SigningKey } from '../modules/surveys/entities/signing-key.entity';
import { SurveyInvitation } from '../modules/surveys/entities/survey-invitation.entity';
import { Survey } from '../modules/surveys/entities/survey.entity';

/**
 * Every entity the DataSource knows. Listed by hand (not globbed) so the compiled API, jest and the
 * migration tools all load the same set. Each module still owns its entities' repositories.
 */
import { Initiative } from '../modules/initiatives/entities/initiative.entity';
import { InitiativeLink } from '../modules/initiatives/entities/initiative-link.entity';
import { InitiativeVote } from '../modules/initiatives/entities/initiative-vote.entity';
import { InitiativeFollow } from '../modules/initiatives/entities/initiative-follow.entity';
import { InitiativeComment } from '../modules/initiatives/entities/initiative-comment.entity';
import { InitiativeUpdate } from '../modules/initiatives/entities/initiative-update.entity';
import { InitiativeNotice } from '../modules/initiatives/entities/initiative-notice.entity';
import { Surge } from '../modules/surges/entities/surge.entity';
import { PortalToken } from '../modules/portal/entities/portal-token.entity';
import { CustomerSession } from '../modules/portal/entities/customer-session.entity';
import { ErasureReceipt } from '../modules/portal/entities/erasure-receipt.entity';
export const ENTITIES = [
  OutboxMessage,
  AuditEvent,
  Department,
  User,
  DepartmentMembership,
  Session,
  ApiKey,
  IdempotencyKey,
  Customer,
  CustomerIdentity,
  ConsentRecord,
  Conversation,
  Feedback,
  ImportJob,
  ImportRowError,
  FeedbackForm,
  Survey,
  SurveyInvitation,
  SigningKey,
  WebhookSource,
  WebhookReplayKey,
  FeedbackLabel,
  ClassifierModel,
  SlaPolicy,
  DepartmentBusinessHours,
  RoutingRule,
  RoutingSettingsRow,
  Case,
  CaseItem,
  CaseEvent,
  CaseNote,
  CaseAction,
  CaseGrant,
  SavedView,
  OutboundMessage,
  MessageTemplate,
  CommunicationSettingsRow,
  MailboxMessage,
  StaffNotification,
  FeedEntry,
  CommunicationPreferencesRow,
  Initiative,
  InitiativeLink,
  InitiativeVote,
  InitiativeFollow,
  InitiativeComment,
  InitiativeUpdate,
  InitiativeNotice,
  Surge,
  PortalToken,
  CustomerSession,
  ErasureReceipt,
];
