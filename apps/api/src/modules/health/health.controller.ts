import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/permission.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @Public('load balancers and orchestrators probe it')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public('load balancers and orchestrators probe it; reveals no data')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const readiness = await this.health.readiness();
    if (readiness.status === 'error' || readiness.status === 'draining') reply.status(503);
    return readiness;
  }
}
