import type { AppConfig } from '../../config/app-config';
import { CaseChangesSubscriber } from './case-changes.subscriber';

const CASE_A = '00000000-0000-4000-8000-00000000000a';
const CASE_B = '00000000-0000-4000-8000-00000000000b';
const DEPT = '00000000-0000-4000-8000-00000000000d';

function setup() {
  const published: { channel: string; message: Record<string, unknown> }[] = [];
  const redis = { publish: jest.fn(async (channel: string, message: string) => published.push({ channel, message: JSON.parse(message) })) };
  const dataSource = {
    subscribers: [] as unknown[],
    query: jest.fn(async (_sql: string, [ids]: [string[]]) => ids.map((id) => ({ id, department_id: DEPT, assignee_id: null }))),
  };
  const sut = new CaseChangesSubscriber(dataSource as never, redis as never, { QUEUE_PREFIX: 'fc-test' } as AppConfig);
  const runner = { isTransactionActive: true, data: {} as Record<string, unknown> };
  const insert = (caseId: string, type: string, data: Record<string, unknown> = {}) => sut.afterInsert({ entity: { caseId, type, data }, queryRunner: runner } as never);
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  return { sut, runner, insert, published, dataSource, flush };
}

describe(CaseChangesSubscriber.name, () => {
  it('registers itself with the data source', () => {
    const { sut, dataSource } = setup();
    expect(dataSource.subscribers).toContain(sut);
  });

  it('announces each changed case once, with every event type of the transaction, only after the commit', async () => {
    const { sut, runner, insert, published, flush } = setup();
    insert(CASE_A, 'opened');
    insert(CASE_A, 'assigned');
    insert(CASE_B, 'note_added');
    await flush();
    expect(published).toEqual([]);

    runner.isTransactionActive = false;
    sut.afterTransactionCommit({ queryRunner: runner } as never);
    await flush();
    expect(published.map((p) => p.channel)).toEqual(['fc-test:case-changes', 'fc-test:case-changes']);
    expect(published.map((p) => p.message)).toEqual([
      { caseId: CASE_A, departmentId: DEPT, assigneeId: null, types: ['opened', 'assigned'], at: expect.any(String) },
      { caseId: CASE_B, departmentId: DEPT, assigneeId: null, types: ['note_added'], at: expect.any(String) },
    ]);
    // the next transaction on the same connection starts clean
    sut.afterTransactionCommit({ queryRunner: runner } as never);
    await flush();
    expect(published).toHaveLength(2);
  });

  it('says where a reassigned case was before the transaction, so its former audience hears it left', async () => {
    const { sut, runner, insert, published, flush } = setup();
    insert(CASE_A, 'reassigned', { fromDepartmentId: 'dept-old', fromAssigneeId: 'user-old', toDepartmentId: DEPT, toAssigneeId: null });
    insert(CASE_A, 'reassigned', { fromDepartmentId: DEPT, fromAssigneeId: null, toDepartmentId: 'dept-3', toAssigneeId: null });
    insert(CASE_B, 'note_added');
    runner.isTransactionActive = false;
    sut.afterTransactionCommit({ queryRunner: runner } as never);
    await flush();
    expect(published[0].message.previous).toEqual({ departmentId: 'dept-old', assigneeId: 'user-old' });
    expect(published[1].message).not.toHaveProperty('previous');
  });

  it('waits for the outer commit when a savepoint is released', async () => {
    const { sut, runner, insert, published, flush } = setup();
    insert(CASE_A, 'note_added');
    sut.afterTransactionCommit({ queryRunner: runner } as never);
    await flush();
    expect(published).toEqual([]);
  });

  it('announces nothing for a transaction rolled back', async () => {
    const { sut, runner, insert, published, flush } = setup();
    insert(CASE_A, 'note_added');
    runner.isTransactionActive = false;
    sut.afterTransactionRollback({ queryRunner: runner } as never);
    sut.afterTransactionCommit({ queryRunner: runner } as never);
    await flush();
    expect(published).toEqual([]);
  });
});
