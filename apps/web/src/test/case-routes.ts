import type { CaseContextDto, CaseDetailDto, MentionableColleagueDto, TemplateDto } from '@fullcircle/shared';
import { caseContext, casePage, DEPARTMENTS, replyTemplate, sessionUser } from './fixtures';
import { mockFetch, type MockRoutes } from './mock-fetch';

export const COLLEAGUES: MentionableColleagueDto[] = [
  { id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222', name: 'Sam Rivera', department: 'Support', seesCase: true },
  { id: '0b7a4f0e-4444-4c1b-9d55-8c4a8f0b4444', name: 'Sara Lopez', department: 'Support', seesCase: true },
  { id: '0b7a4f0e-5555-4c1b-9d55-8c4a8f0b5555', name: 'Sasha Outsider', department: 'Billing', seesCase: false },
];

/** The API behind the case page for a member of Support: the case, its context, templates, colleagues. */
export function mockCaseApi(c: CaseDetailDto, extra: MockRoutes = {}, options: { context?: CaseContextDto; templates?: TemplateDto[] } = {}) {
  const url = `/api/cases/${c.id}`;
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: { ...sessionUser('member', [DEPARTMENTS[0].id]), id: COLLEAGUES[0].id, name: COLLEAGUES[0].name } },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/cases': { status: 200, body: casePage([c]) },
    [`GET ${url}`]: { status: 200, body: c },
    [`GET ${url}/context`]: { status: 200, body: options.context ?? caseContext() },
    [`GET ${url}/mentionable`]: (_init, u) => {
      const q = new URL(u, 'http://x').searchParams.get('q')?.toLowerCase() ?? '';
      return { status: 200, body: COLLEAGUES.filter((p) => p.name.toLowerCase().includes(q)) };
    },
    'GET /api/communications/templates': { status: 200, body: options.templates ?? [replyTemplate()] },
    ...extra,
  });
}

export const jsonBody = (call: { init?: RequestInit } | undefined) => JSON.parse(String(call?.init?.body));
