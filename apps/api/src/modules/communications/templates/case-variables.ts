import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../../cases/case-permissions';
import type { TemplateValues } from './template-renderer';

export interface CaseForTemplate {
  scope: CaseScope;
  /** The customer's language: their locale, else the language of the feedback that opened the case. */
  language: string | null;
  values: TemplateValues;
}

const firstWords = (text: string, n = 8) => {
  const words = text.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
};

/** Everything a template can say about one case (TEMPLATE_VARIABLES), and who may see the case. */
export async function loadCaseForTemplate(manager: EntityManager, caseId: string): Promise<CaseForTemplate | null> {
  const [c]: {
    status: CaseScope['status'];
    department_id: string | null;
    assignee_id: string | null;
    customer_name: string | null;
    locale: string | null;
    reference: string;
    subject: string | null;
    text: string;
    feedback_language: string | null;
    department_name: string | null;
    assignee_name: string | null;
  }[] = await manager.query(
    `SELECT c.status, c.department_id, c.assignee_id, cu.name AS customer_name, cu.locale, v.reference, f.subject, f.text,
            f.language AS feedback_language, d.name AS department_name, u.name AS assignee_name
       FROM cases c
       JOIN customer cu ON cu.id = c.customer_id
       JOIN conversation v ON v.id = c.conversation_id
       JOIN feedback f ON f.id = c.first_feedback_id
       LEFT JOIN department d ON d.id = c.department_id
       LEFT JOIN app_user u ON u.id = c.assignee_id
      WHERE c.id = $1`,
    [caseId],
  );
  if (!c) return null;
  const actions: { description: string }[] = await manager.query(
    `SELECT description FROM case_action WHERE case_id = $1 AND status <> 'cancelled' ORDER BY created_at, id`,
    [caseId],
  );
  const name = c.customer_name?.trim() || null;
  return {
    scope: { status: c.status, departmentId: c.department_id, assigneeId: c.assignee_id },
    language: c.locale?.slice(0, 2).toLowerCase() || c.feedback_language,
    values: {
      'customer.name': name ?? 'there',
      'customer.first_name': name?.split(/\s+/)[0] ?? 'there',
      'case.reference': c.reference,
      'case.subject': c.subject?.trim() || firstWords(c.text),
      'action.summary': actions.map((a) => `- ${a.description}`).join('\n') || null,
      'agent.name': c.assignee_name,
      'department.name': c.department_name,
    },
  };
}
