// One customer spread over every table that can hold them, with distinctive personal values, for
// the export and erasure suites. The first item comes through the public intake API (identities,
// conversation, outbox rows and idempotency record as production writes them); the rest is written
// directly, the way routing, cases, communications, surveys and initiatives would have.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { E2eApp } from './e2e-app';
import { submitFeedback } from './intake-api';

export interface PersonalValues {
  name: string;
  email: string;
  /** As the intake API stores it (E.164). */
  phone: string;
  /** As the customer wrote it in their text. */
  phoneSpaced: string;
  handle: string;
  /** A word that appears only in their free text. */
  marker: string;
  /** An address they added in the portal but never verified (portal_token.identity_value). */
  pendingEmail: string;
}

export interface SeededCustomer {
  customerId: string;
  feedbackIds: string[];
  caseId: string;
  messageIds: string[];
  values: PersonalValues;
}

export function personalValues(tag: string): PersonalValues {
  const r = randomBytes(4).toString('hex');
  const digits = String(100000 + (parseInt(r.slice(0, 5), 16) % 900000));
  return {
    name: `Quintessa ${tag} Marlowe${r}`,
    email: `quintessa.${tag}.${r}@example.test`,
    phone: `+447700${digits}`,
    phoneSpaced: `+44 7700 ${digits.slice(0, 3)} ${digits.slice(3)}`,
    handle: `qmarlowe${tag}${r}`,
    marker: `Zephyrmarker${tag}${r}`,
    pendingEmail: `q.pending.${tag}.${r}@example.test`,
  };
}

async function one<T = Record<string, unknown>>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await db.query(sql, params)) as T[];
  return rows[0];
}

/** Seeds `values` across the schema. `apiSecret`: an intake API key's secret. */
export async function seedCustomerEverywhere(e2e: E2eApp, apiSecret: string, values: PersonalValues): Promise<SeededCustomer> {
  const db = e2e.db;
  const v = values;
  const said = (what: string) => `${what} ${v.marker}: call me on ${v.phoneSpaced} or write to ${v.email}. ${v.name}`;
  const res = await submitFeedback(e2e, {
    secret: apiSecret,
    payload: {
      text: said('My bag was lost on the way to Lisbon'),
      subject: `Lost bag ${v.marker}`,
      score: { scale: 'nps', value: 3 },
      customer: { email: v.email, phone: v.phone, handle: { network: 'twitter', handle: `@${v.handle}` }, name: v.name, locale: 'en-GB' },
      metadata: { bookingNote: `booked by ${v.name}`, contactPhone: v.phone },
      attachments: [{ filename: `${v.marker}-receipt.jpg`, contentType: 'image/jpeg', sizeBytes: 1200, url: `https://files.example.test/${v.marker}.jpg` }],
    },
  });
  if (res.statusCode !== 202 && res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  const accepted = res.json() as { id: string; customerId: string; conversationId: string };
  const customerId = accepted.customerId;
  const admin = await one<{ id: string }>(db, `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
  const department = await one<{ id: string }>(db, 'SELECT id FROM department ORDER BY name LIMIT 1');

  // more channels, scored and analysed so the KPIs have something to keep
  const feedbackIds = [accepted.id];
  const channels: { channel: string; scale: string | null; value: number | null; sentiment: string; topics: string[] }[] = [
    { channel: 'email', scale: 'csat', value: 2, sentiment: 'negative', topics: ['baggage'] },
    { channel: 'sms', scale: null, value: null, sentiment: 'neutral', topics: ['delay'] },
    { channel: 'web_form', scale: 'ces', value: 6, sentiment: 'negative', topics: ['refund'] },
    { channel: 'survey', scale: 'nps', value: 9, sentiment: 'positive', topics: ['staff'] },
  ];
  for (const c of channels) {
    const conv = await one<{ id: string }>(
      db,
      `INSERT INTO conversation (customer_id, channel, reference) VALUES ($1, $2, $3) RETURNING id`,
      [customerId, c.channel, `FC-${randomBytes(4).toString('hex').toUpperCase()}`],
    );
    const f = await one<{ id: string }>(
      db,
      `INSERT INTO feedback (customer_id, conversation_id, channel, source, subject, text, score_scale, score_value, received_at, metadata, attachments,
                             sentiment, sentiment_score, sentiment_model, topics, personal_data, external_message_id)
       VALUES ($1, $2, $3, 'seed', $4, $5, $6, $7, now(), $8, '[]', $9, $10, 'seed@1', $11, '[{"kind":"email","field":"text","start":0,"end":5}]', $12) RETURNING id`,
      [
        customerId,
        conv.id,
        c.channel,
        c.channel === 'email' ? `Re: ${v.marker}` : null,
        said(`About ${c.topics[0]} via ${c.channel}`),
        c.scale,
        c.value,
        JSON.stringify({ from: v.email }),
        c.sentiment,
        c.sentiment === 'negative' ? -0.7 : c.sentiment === 'positive' ? 0.8 : 0,
        c.topics,
        c.channel === 'email' ? `<${randomUUID()}@mail.${v.handle}.example.test>` : null,
      ],
    );
    feedbackIds.push(f.id);
  }

  // a case with items, events quoting them, a note, an action
  const first = await one<{ text: string }>(db, 'SELECT text FROM feedback WHERE id = $1', [accepted.id]);
  const kase = await one<{ id: string }>(
    db,
    `INSERT INTO cases (customer_id, conversation_id, department_id, first_feedback_id, status, priority, routed_by, routing, resolution)
     VALUES ($1, $2, $3, $4, 'in_progress', 'normal', 'staff', $5, $6) RETURNING id`,
    [
      customerId,
      accepted.conversationId,
      department.id,
      accepted.id,
      JSON.stringify({ by: 'staff', rule: null, model: null, explanation: `moved for ${v.name}`, decidedAt: new Date().toISOString() }),
      JSON.stringify({ summary: `Refunded ${v.name}`, noReplyReason: null, resolvedById: admin.id }),
    ],
  );
  for (const id of feedbackIds.slice(0, 2)) await db.query('INSERT INTO case_item (feedback_id, case_id) VALUES ($1, $2)', [id, kase.id]);
  await db.query(`INSERT INTO case_event (case_id, type, data) VALUES ($1, 'opened', $2)`, [kase.id, JSON.stringify({ quote: first.text })]);
  await db.query(`INSERT INTO case_event (case_id, type, actor_id, data) VALUES ($1, 'reply_queued', $2, $3)`, [
    kase.id,
    admin.id,
    JSON.stringify({ to: v.email, channel: 'email', excerpt: `Dear ${v.name}, about ${v.marker}` }),
  ]);
  await db.query('INSERT INTO case_note (case_id, author_id, body) VALUES ($1, $2, $3)', [kase.id, admin.id, `Phoned ${v.name} on ${v.phoneSpaced}`]);
  await db.query(`INSERT INTO case_action (case_id, kind, description, created_by_id) VALUES ($1, 'customer_fix', 'Refund the lost bag', $2)`, [kase.id, admin.id]);

  // messages to them: one sent (with a dev mailbox copy), one still queued with its dispatch in the outbox
  const sent = await one<{ id: string }>(
    db,
    `INSERT INTO outbound_message (case_id, customer_id, channel, purpose, to_address, subject, body, status, author_id, in_reply_to, context, sent_at)
     VALUES ($1, $2, 'email', 'reply', $3, $4, $5, 'sent', $6, $7, $8, now()) RETURNING id`,
    [kase.id, customerId, v.email, `Your bag ${v.marker}`, `Dear ${v.name}, we found it.`, admin.id, [`<m1@${v.handle}.example.test>`], JSON.stringify({ name: v.name })],
  );
  const queued = await one<{ id: string }>(
    db,
    `INSERT INTO outbound_message (case_id, customer_id, channel, purpose, to_address, body, status)
     VALUES ($1, $2, 'sms', 'reply', $3, $4, 'queued') RETURNING id`,
    [kase.id, customerId, v.phone, `Hi ${v.name}, your bag is on its way.`],
  );
  await db.query(`INSERT INTO outbox_message (queue, job_name, payload) VALUES ('communications', 'dispatch', $1)`, [JSON.stringify({ messageId: queued.id })]);
  await db.query(`INSERT INTO mailbox_message (channel, from_address, to_address, subject, text, outbound_message_id) VALUES ('email', 'care@fullcircle.test', $1, $2, $3, $4)`, [
    v.email,
    `Your bag ${v.marker}`,
    `Dear ${v.name}, we found it.`,
    sent.id,
  ]);

  // consent, a survey answer with a comment, a pending identity in the portal
  await db.query(`INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, 'contact_about_feedback', true, 'portal', 'You may contact me about the feedback I give you.')`, [
    customerId,
  ]);
  let survey = await one<{ id: string }>(db, 'SELECT id FROM survey ORDER BY created_at LIMIT 1');
  survey ??= await one<{ id: string }>(db, `INSERT INTO survey (name, scale, question, thank_you_text) VALUES ('After a case', 'nps', 'How likely…', 'Thanks') RETURNING id`);
  await db.query(
    `INSERT INTO survey_invitation (survey_id, customer_id, case_id, expires_at, feedback_id, score, comment, answered_at, times_answered)
     VALUES ($1, $2, $3, now() + interval '7 days', $4, 9, $5, now(), 1)`,
    [survey.id, customerId, kase.id, feedbackIds[4], `Lovely staff, ${v.marker}`],
  );
  await db.query(
    `INSERT INTO portal_token (customer_id, purpose, channel, token_hash, identity_kind, identity_value, expires_at)
     VALUES ($1, 'verify_identity', 'email', $2, 'email', $3, now() + interval '15 minutes')`,
    [customerId, randomBytes(32).toString('hex'), v.pendingEmail],
  );

  // the board: their item linked to an initiative, a vote, a follow, a comment, a notice
  const initiative = await one<{ id: string }>(db, `INSERT INTO initiative (title, problem, is_public) VALUES ('Find lost bags faster', 'Bags go missing', true) RETURNING id`);
  await db.query(`INSERT INTO initiative_link (initiative_id, feedback_id, customer_id, source) VALUES ($1, $2, $3, 'customer')`, [initiative.id, accepted.id, customerId]);
  await db.query('INSERT INTO initiative_vote (initiative_id, customer_id) VALUES ($1, $2)', [initiative.id, customerId]);
  await db.query('INSERT INTO initiative_follow (initiative_id, customer_id) VALUES ($1, $2)', [initiative.id, customerId]);
  await db.query('INSERT INTO initiative_comment (initiative_id, customer_id, body) VALUES ($1, $2, $3)', [initiative.id, customerId, `Yes please! ${v.name} ${v.marker}`]);
  const update = await one<{ id: string }>(db, `INSERT INTO initiative_update (initiative_id, kind, message) VALUES ($1, 'shipped', 'We did it') RETURNING id`, [initiative.id]);
  await db.query(`INSERT INTO initiative_notice (update_id, customer_id, outcome, channel, outbound_message_id) VALUES ($1, $2, 'queued', 'email', $3)`, [
    update.id,
    customerId,
    sent.id,
  ]);

  // copies in staff-side records without a foreign key to them: notifications, the feed, the audit trail
  await db.query(`INSERT INTO staff_notification (user_id, kind, title, body, case_id) VALUES ($1, 'low_score', $2, $3, $4)`, [
    admin.id,
    `About ${v.name}`,
    `Lovely staff, ${v.marker}`,
    kase.id,
  ]);
  await db.query(`INSERT INTO feed_entry (kind, title, body, case_id) VALUES ('recognition', 'A customer thanked the team', $1, $2)`, [`Lovely staff, ${v.marker}`, kase.id]);
  await db.query(
    `INSERT INTO audit_event (id, actor_id, actor_name, action, target_type, target_id, data, occurred_at)
     VALUES ($1, $2, 'Admin', 'customers.customer.updated', 'customer', $3, $4, now())`,
    [randomUUID(), admin.id, customerId, JSON.stringify({ before: { name: null }, after: { name: v.name, email: v.email } })],
  );
  return { customerId, feedbackIds, caseId: kase.id, messageIds: [sent.id, queued.id], values };
}
