import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { fieldInvalid } from '../../common/http/field-errors';
import { skipReason } from './case-bulk.service';

describe('skipReason', () => {
  it('says "not found" for a case outside the user’s sight, exactly as for one that does not exist', () => {
    expect(skipReason(new NotFoundException('Case not found'))).toBe('not found');
  });

  it('passes on why the change was refused', () => {
    expect(skipReason(new ForbiddenException('You may not close this case'))).toBe('You may not close this case');
    expect(skipReason(new ConflictException('A case that is closed cannot become closed'))).toBe('A case that is closed cannot become closed');
  });

  it('names the field of a rule the service checked', () => {
    expect(skipReason(fieldInvalid('assigneeId', 'is not an active member of that department'))).toBe('assigneeId is not an active member of that department');
    expect(skipReason(new BadRequestException('bad'))).toBe('bad');
  });

  it('lets unexpected errors through (the request fails rather than hiding a fault)', () => {
    expect(() => skipReason(new Error('connection lost'))).toThrow('connection lost');
  });
});
