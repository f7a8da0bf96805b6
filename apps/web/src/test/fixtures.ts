import type {
  ApiKey,
  CaseContextDto,
  CaseDetailDto,
  CasePage,
  CaseSummaryDto,
  CustomerDetail,
  CustomerSummary,
  Department,
  OutboundMessageDto,
  Role,
  SessionUser,
  TemplateDto,
  TimelineEntry,
  User,
} from '@fullcircle/shared';

export const DEPARTMENTS: Department[] = [
  { id: '8d1f6f3e-5d43-4c1b-9d55-8c4a8f0b0001', name: 'Support', slug: 'support', description: 'Help for customers', ownerIds: [], memberCount: 3, createdAt: '2026-11-01T10:00:00.000Z' },
  { id: '8d1f6f3e-5d43-4c1b-9d55-8c4a8f0b0002', name: 'Billing', slug: 'billing', description: null, ownerIds: [], memberCount: 1, createdAt: '2026-11-01T10:00:00.000Z' },
];

export function sessionUser(role: Role, departmentIds: string[] = []): SessionUser {
  return { id: '0b7a4f0e-1111-4c1b-9d55-8c4a8f0b1111', email: `${role}@example.test`, name: `Test ${role}`, role, departmentIds };
}

export function user(overrides: Partial<User> = {}): User {
  return {
    id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222',
    email: 'sam@example.test',
    name: 'Sam Rivera',
    role: 'member',
    status: 'active',
    departmentIds: [DEPARTMENTS[0].id],
    lastLoginAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

const HOUR = 3600_000;

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * HOUR).toISOString();
}

export function customerSummary(overrides: Partial<CustomerSummary> = {}): CustomerSummary {
  return {
    id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0001',
    name: 'Jane Doe',
    primaryEmail: 'jane@example.test',
    primaryPhone: null,
    feedbackCount: 3,
    lastFeedbackAt: hoursAgo(2),
    createdAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function customerDetail(overrides: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    ...customerSummary(),
    locale: 'en-GB',
    segment: null,
    vip: false,
    identities: [
      { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0001', kind: 'email', value: 'jane@example.test', verified: true, createdAt: '2026-10-01T09:00:00.000Z' },
      { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0002', kind: 'phone', value: '+447700900123', verified: false, createdAt: '2026-10-02T09:00:00.000Z' },
    ],
    consents: [],
    consentHistory: [],
    ...overrides,
  };
}

export function feedbackEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    kind: 'feedback',
    id: 'fb000000-0000-4c1b-9d55-8c4a8f0c0001',
    channel: 'api',
    subject: null,
    text: 'The checkout page timed out.',
    score: null,
    language: 'en',
    sentiment: null,
    topics: [],
    conversationReference: 'FC-7K3M9QX2',
    at: hoursAgo(1),
    ...overrides,
  };
}

export function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'a9a9a9a9-0000-4c1b-9d55-8c4a8f0c0001',
    name: 'Help centre',
    prefix: 'fc_3kq9',
    scopes: ['intake:write'],
    createdAt: hoursAgo(48),
    createdByName: 'Ada Admin',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function hoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * HOUR).toISOString();
}

export function caseSummary(overrides: Partial<CaseSummaryDto> = {}): CaseSummaryDto {
  return {
    id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0001',
    reference: 'FC-7K3M9QX2',
    status: 'assigned',
    priority: 'high',
    department: { id: DEPARTMENTS[0].id, name: DEPARTMENTS[0].name },
    assignee: { id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222', name: 'Sam Rivera' },
    customer: { id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0001', name: 'Jane Doe', email: 'jane@example.test' },
    channel: 'email',
    subject: 'Lost bag',
    excerpt: 'I lost my bag at JFK and nobody answers the phone.',
    sentiment: 'negative',
    urgency: 'high',
    topics: ['baggage'],
    tags: [],
    itemCount: 1,
    routedBy: 'rule',
    guess: null,
    firstResponseDueAt: hoursFromNow(3),
    resolutionDueAt: hoursFromNow(48),
    breached: false,
    openedAt: hoursAgo(1),
    updatedAt: hoursAgo(1),
    ...overrides,
  };
}

export function casePage(cases: CaseSummaryDto[], overrides: Partial<CasePage> = {}): CasePage {
  return { cases, nextCursor: null, counts: { open: cases.length, triage: 0, mine: 0, breached: 0 }, ...overrides };
}

export function caseDetail(overrides: Partial<CaseDetailDto> = {}): CaseDetailDto {
  const summary = caseSummary();
  return {
    ...summary,
    routing: {
      by: 'rule',
      rule: { id: 'b0b0b0b0-0000-4c1b-9d55-8c4a8f0d0001', name: 'Lost bags to Support', matched: ['keywords any of lost * bag'] },
      model: null,
      explanation: "Rule 'Lost bags to Support' matched: keywords any of lost * bag",
      decidedAt: hoursAgo(1),
    },
    sla: {
      policyId: 'e1e1e1e1-0000-4c1b-9d55-8c4a8f0d0001',
      policyName: 'Standard',
      firstResponseDueAt: summary.firstResponseDueAt,
      resolutionDueAt: summary.resolutionDueAt,
      firstResponseWarnAt: hoursFromNow(1),
      resolutionWarnAt: hoursFromNow(36),
      firstRespondedAt: null,
      resolvedAt: null,
      pausedSince: null,
      breached: { firstResponse: false, resolution: false },
    },
    items: [
      {
        id: 'fb000000-0000-4c1b-9d55-8c4a8f0d0001',
        channel: 'email',
        subject: 'Lost bag',
        text: summary.excerpt,
        score: null,
        sentiment: 'negative',
        topics: ['baggage'],
        urgency: 'high',
        language: 'en',
        receivedAt: hoursAgo(1),
      },
    ],
    events: [
      { id: 'e0e0e0e0-0000-4c1b-9d55-8c4a8f0d0001', type: 'opened', actor: null, summary: 'Opened from an email', data: {}, occurredAt: hoursAgo(1) },
      { id: 'e0e0e0e0-0000-4c1b-9d55-8c4a8f0d0002', type: 'routed', actor: null, summary: "Routed to Support by rule 'Lost bags to Support'", data: {}, occurredAt: hoursAgo(1) },
    ],
    messages: [],
    notes: [],
    actions: [],
    mergedInto: null,
    resolution: null,
    can: { reassign: true, changeStatus: true, reply: true, resolve: true, reopen: false, close: true, merge: true, note: true, act: true },
    ...overrides,
  };
}

/** A reply on the case fixture, as the worker left it. */
export function outboundMessage(overrides: Partial<OutboundMessageDto> = {}): OutboundMessageDto {
  return {
    id: '0e0e0e0e-0000-4c1b-9d55-8c4a8f0d0001',
    caseId: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0001',
    customerId: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0001',
    channel: 'email',
    purpose: 'reply',
    to: 'jane@example.test',
    subject: 'Re: Lost bag [FC-7K3M9QX2]',
    body: 'We found your bag.',
    status: 'sent',
    statusReason: null,
    attempts: 1,
    author: { id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222', name: 'Sam Rivera' },
    templateId: null,
    language: 'en',
    createdAt: hoursAgo(0.5),
    sentAt: hoursAgo(0.5),
    deliveredAt: null,
    failedAt: null,
    ...overrides,
  };
}

/** The case fixture's context card: Jane, reachable by email, one earlier score. */
export function caseContext(overrides: Partial<CaseContextDto> = {}): CaseContextDto {
  return {
    customer: {
      id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0001',
      name: 'Jane Doe',
      segment: null,
      vip: false,
      language: 'en',
      replyChannel: 'email',
      preferredChannel: null,
      email: 'jane@example.test',
      phone: null,
      customerSince: hoursAgo(24 * 90),
    },
    consent: [{ purpose: 'contact_about_feedback', granted: true, recordedAt: hoursAgo(24 * 90) }],
    reachable: { ok: true, reason: null },
    otherOpenCases: [],
    recentElsewhere: [],
    scores: [],
    followUp: null,
    ...overrides,
  };
}

/** A reply template in English and Spanish. */
export function replyTemplate(overrides: Partial<TemplateDto> = {}): TemplateDto {
  return {
    id: '7e7e7e7e-0000-4c1b-9d55-8c4a8f0d0001',
    name: 'Bag found',
    purpose: 'reply',
    versions: [
      { language: 'en', subject: 'Your bag ({{case.reference}})', body: 'Hello {{customer.first_name}}, we found your bag.' },
      { language: 'es', subject: 'Su maleta ({{case.reference}})', body: 'Hola {{customer.first_name}}, encontramos su maleta.' },
    ],
    updatedAt: hoursAgo(24),
    updatedBy: null,
    ...overrides,
  };
}
