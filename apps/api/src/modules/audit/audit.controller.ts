import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listAuditQuerySchema, type ListAuditQuery } from '@fullcircle/shared';
import { Allow } from '../../common/auth/permission.decorator';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin')
  list(@Query({ schema: listAuditQuerySchema }) query: ListAuditQuery) {
    return this.audit.list(query);
  }
}
