import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  RoutingAssignee,
  RoutingRuleDto,
  RoutingRuleInput,
  RoutingRuleTestResult,
  SaveRoutingRuleRequest,
  SessionUser,
} from '@fullcircle/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../../common/http/field-errors';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { DepartmentMembership } from '../../org/entities/department-membership.entity';
import { Department } from '../../org/entities/department.entity';
import { User } from '../../org/entities/user.entity';
import { SlaPolicy } from '../sla/entities/sla-policy.entity';
import { RoutingRule } from './entities/routing-rule.entity';
import { testRuleOverFeedback } from './rule-tester';

/** Serialises changes to the rule order (create appends, reorder rewrites positions). */
const ORDER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('routing_rule_order'))`;

@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: SessionUser): Promise<RoutingRuleDto[]> {
    const rows = await this.dataSource.manager.find(RoutingRule, { order: { position: 'ASC', id: 'ASC' } });
    return rows.map((r) => toDto(r, canEdit(actor, r.departmentId)));
  }

  async create(actor: SessionUser, body: SaveRoutingRuleRequest): Promise<RoutingRuleDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertAllowed(manager, actor, body);
      await manager.query(ORDER_LOCK);
      const [{ next }] = await manager.query<{ next: number }[]>(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM routing_rule`);
      const rule = await manager.save(
        manager.create(RoutingRule, { ...ruleColumns(body.rule), position: next, departmentId: body.departmentId, createdBy: actor.id }),
      );
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.rule.created',
        targetType: 'routing_rule',
        targetId: rule.id,
        data: { ...ruleColumns(body.rule), departmentId: body.departmentId, position: next },
      });
      return toDto(rule, true);
    });
  }

  async update(actor: SessionUser, id: string, body: SaveRoutingRuleRequest): Promise<RoutingRuleDto> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.editableRule(manager, actor, id);
      await this.assertAllowed(manager, actor, body);
      const before = { ...ruleColumns(rule), departmentId: rule.departmentId };
      Object.assign(rule, ruleColumns(body.rule), { departmentId: body.departmentId });
      await manager.save(rule);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.rule.updated',
        targetType: 'routing_rule',
        targetId: id,
        data: { before, after: { ...ruleColumns(body.rule), departmentId: body.departmentId } },
      });
      return toDto(rule, true);
    });
  }

  async remove(actor: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rule = await this.editableRule(manager, actor, id);
      await manager.delete(RoutingRule, { id });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.rule.deleted',
        targetType: 'routing_rule',
        targetId: id,
        data: { name: rule.name, departmentId: rule.departmentId, position: rule.position },
      });
    });
  }

  /**
   * Rewrites every rule's position from the full ordered id list, in one transaction. Owners may
   * move their own departments' rules anywhere, but the rules they cannot edit must keep their
   * order relative to each other.
   */
  async reorder(actor: SessionUser, ids: readonly string[]): Promise<RoutingRuleDto[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(ORDER_LOCK);
      const current = await manager.find(RoutingRule, { order: { position: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const known = new Set(current.map((r) => r.id));
      if (new Set(ids).size !== ids.length) throw fieldInvalid('ids', 'lists a rule more than once');
      if (ids.length !== current.length || ids.some((id) => !known.has(id))) {
        throw fieldInvalid('ids', 'must list every routing rule exactly once');
      }
      const byId = new Map(current.map((r) => [r.id, r]));
      const locked = (list: readonly string[]) => list.filter((id) => !canEdit(actor, byId.get(id)!.departmentId));
      if (locked(current.map((r) => r.id)).join() !== locked(ids).join()) {
        throw new ForbiddenException('You may only move rules of your own departments past each other');
      }
      const before = current.map((r) => r.id);
      for (const [position, id] of ids.entries()) {
        const rule = byId.get(id)!;
        if (rule.position !== position) await manager.update(RoutingRule, { id }, { position });
        rule.position = position;
      }
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.rule.reordered',
        targetType: 'routing_rule',
        targetId: null,
        data: { before, after: [...ids] },
      });
      return ids.map((id) => toDto(byId.get(id)!, canEdit(actor, byId.get(id)!.departmentId)));
    });
  }

  /** Active staff with a department, for the "assign to a person" picker (owners cannot list users). */
  async assignees(): Promise<RoutingAssignee[]> {
    const rows = await this.dataSource.manager.query<RoutingAssignee[]>(
      `SELECT u.id, u.name, array_agg(m.department_id::text ORDER BY m.department_id) AS "departmentIds"
         FROM app_user u JOIN department_membership m ON m.user_id = u.id
        WHERE u.status <> 'deactivated'
        GROUP BY u.id, u.name
        ORDER BY u.name, u.id`,
    );
    return rows;
  }

  /** How many of the last 30 days' items the (unsaved) rule matches, with a few examples. */
  test(rule: RoutingRuleInput): Promise<RoutingRuleTestResult> {
    return testRuleOverFeedback(this.dataSource.manager, rule);
  }

  private async editableRule(manager: EntityManager, actor: SessionUser, id: string): Promise<RoutingRule> {
    const rule = await manager.findOne(RoutingRule, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!rule) throw new NotFoundException('Routing rule not found');
    if (!canEdit(actor, rule.departmentId)) throw new ForbiddenException('Only admins and owners of its department may change this rule');
    return rule;
  }

  /** Departments exist, owners stay within their own departments, a named assignee belongs there. */
  private async assertAllowed(manager: EntityManager, actor: SessionUser, body: SaveRoutingRuleRequest): Promise<void> {
    const { departmentId } = body;
    const target = body.rule.actions.departmentId;
    if (actor.role !== 'admin') {
      if (departmentId === null) throw new ForbiddenException('Owners create rules for one of their own departments (departmentId)');
      if (!actor.departmentIds.includes(departmentId)) throw new ForbiddenException('departmentId is not one of your departments');
      if (target !== undefined && !actor.departmentIds.includes(target)) {
        throw new ForbiddenException('rule.actions.departmentId is not one of your departments');
      }
    }
    if (departmentId !== null && !(await manager.exists(Department, { where: { id: departmentId } }))) {
      throw fieldInvalid('departmentId', 'is not a department');
    }
    if (target !== undefined && !(await manager.exists(Department, { where: { id: target } }))) {
      throw fieldInvalid('rule.actions.departmentId', 'is not a department');
    }
    const sla = body.rule.actions.slaPolicyId;
    if (sla !== undefined && !(await manager.exists(SlaPolicy, { where: { id: sla } }))) {
      throw fieldInvalid('rule.actions.slaPolicyId', 'is not an SLA policy');
    }
    const assignee = body.rule.actions.assignment?.userId;
    if (assignee !== undefined) {
      if (!(await manager.exists(User, { where: { id: assignee } }))) throw fieldInvalid('rule.actions.assignment.userId', 'is not a staff member');
      if (target !== undefined && !(await manager.exists(DepartmentMembership, { where: { userId: assignee, departmentId: In([target]) } }))) {
        throw fieldInvalid('rule.actions.assignment.userId', 'is not a member of the chosen department');
      }
    }
  }
}

function canEdit(actor: SessionUser, departmentId: string | null): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'owner' && departmentId !== null && actor.departmentIds.includes(departmentId);
}

function ruleColumns(rule: RoutingRuleInput | RoutingRule): RoutingRuleInput {
  return { name: rule.name, enabled: rule.enabled, match: rule.match, conditions: rule.conditions, actions: rule.actions };
}

function toDto(rule: RoutingRule, editable: boolean): RoutingRuleDto {
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    conditions: rule.conditions,
    actions: rule.actions,
    position: rule.position,
    departmentId: rule.departmentId,
    createdBy: rule.createdBy,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
    editable,
  };
}
