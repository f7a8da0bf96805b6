import { OutboxMessage } from '../queue/outbox/outbox-message.entity';
import { AuditEvent } from '../modules/audit/entities/audit-event.entity';
import { Session } from '../modules/auth/entities/session.entity';
import { DepartmentMembership } from '../modules/org/entities/department-membership.entity';
import { Department } from '../modules/org/entities/department.entity';
import { User } from '../modules/org/entities/user.entity';

/**
 * Every entity the DataSource knows. Listed by hand (not globbed) so the compiled API, jest and the
 * migration tools all load the same set. Each module still owns its entities' repositories.
 */
export const ENTITIES = [OutboxMessage, AuditEvent, Department, User, DepartmentMembership, Session];
