import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CustomerDetail, CustomerPage, TimelineEntry, listCustomersQuerySchema, timelineQuerySchema } from '@fullcircle/shared';
import { Brackets, In, type Repository } from 'typeorm';
import { z } from 'zod';
import { fieldInvalid } from '../../common/http/field-errors';
import { FeedbackService } from '../intake/feedback.service';
import { ConsentRecord } from './entities/consent-record.entity';
import { CustomerIdentity } from './entities/customer-identity.entity';
import { Customer } from './entities/customer.entity';
import { type PrimaryContacts, primaryContacts, toCustomerDetail, toCustomerSummary } from './customers.mapper';

export type ListCustomersOptions = z.output<typeof listCustomersQuerySchema>;
export type TimelineOptions = z.output<typeof timelineQuerySchema>;

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** Reading customers: the list with search, one customer, their cross-channel timeline. */
@Injectable()
export class CustomerDirectoryService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(CustomerIdentity) private readonly identities: Repository<CustomerIdentity>,
    @InjectRepository(ConsentRecord) private readonly consents: Repository<ConsentRecord>,
    private readonly feedback: FeedbackService,
  ) {}

  /** Newest customers first; the cursor is the last id of the previous page (keyset, stable under inserts). */
  async list(query: ListCustomersOptions): Promise<CustomerPage> {
    const qb = this.customers
      .createQueryBuilder('c')
      .where('c.mergedIntoId IS NULL')
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      if (!isUuid(query.cursor)) throw fieldInvalid('cursor', 'is not a cursor from this list');
      qb.andWhere('(c.created_at, c.id) < (SELECT created_at, id FROM customer WHERE id = :cursor)', { cursor: query.cursor });
    }
    if (query.search) qb.andWhere(searchCondition(query.search));
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    const ids = page.map((c) => c.id);
    const [contacts, activity] = await Promise.all([this.contactsOf(ids), this.feedback.activity(ids)]);
    return {
      items: page.map((c) => toCustomerSummary(c, contacts.get(c.id) ?? primaryContacts([]), activity.get(c.id))),
      nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
    };
  }

  /** A merged customer's id still answers, with the customer it was merged into. */
  async detail(id: string): Promise<CustomerDetail> {
    const customer = await this.live(id);
    const [identities, consents, activity] = await Promise.all([
      this.identities.find({ where: { customerId: customer.id }, order: { createdAt: 'ASC', kind: 'ASC', value: 'ASC' } }),
      this.consents.find({ where: { customerId: customer.id }, order: { recordedAt: 'DESC', id: 'DESC' } }),
      this.feedback.activity([customer.id]),
    ]);
    return toCustomerDetail(customer, identities, consents, activity.get(customer.id));
  }

  async timeline(id: string, query: TimelineOptions): Promise<TimelineEntry[]> {
    const customer = await this.live(id);
    const entries = await this.feedback.timeline(customer.id, query);
    if (!entries) throw fieldInvalid('before', "is not an entry of this customer's timeline");
    return entries;
  }

  private async live(id: string): Promise<Customer> {
    let customer = await this.customers.findOne({ where: { id } });
    // merges repoint older merges at the new target, so this is at most one hop in practice
    for (let hops = 0; customer?.mergedIntoId && hops < 10; hops++) {
      customer = await this.customers.findOne({ where: { id: customer.mergedIntoId } });
    }
    if (!customer || customer.mergedIntoId) throw new NotFoundException('Customer not found');
    return customer;
  }

  private async contactsOf(customerIds: string[]): Promise<Map<string, PrimaryContacts>> {
    if (customerIds.length === 0) return new Map();
    const identities = await this.identities.find({
      where: { customerId: In(customerIds), kind: In(['email', 'phone']) },
      order: { createdAt: 'ASC', value: 'ASC' },
    });
    return new Map(customerIds.map((id) => [id, primaryContacts(identities.filter((i) => i.customerId === id))]));
  }
}

/**
 * Name or any identity containing the text; a search that looks like a phone number also matches
 * stored E.164 numbers by their digits. (ILIKE '%…%' scans: a trigram index can come with volume.)
 */
function searchCondition(search: string): Brackets {
  const like = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  // trunk and international prefixes (0…, 00…) are not part of the stored E.164 digits
  const digits = /^[+\d\s().-]+$/.test(search) ? search.replace(/\D/g, '').replace(/^0+/, '') : '';
  return new Brackets((w) => {
    w.where('c.name ILIKE :like', { like }).orWhere(
      'EXISTS (SELECT 1 FROM customer_identity i WHERE i.customer_id = c.id AND i.value ILIKE :like)',
      { like },
    );
    if (digits.length >= 3) {
      w.orWhere(`EXISTS (SELECT 1 FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'phone' AND i.value LIKE :digits)`, {
        digits: `%${digits}%`,
      });
    }
  });
}
