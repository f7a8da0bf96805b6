import { Module } from '@nestjs/common';
import { DemoRoutingRulesSeedService } from './demo-routing-rules-seed.service';

@Module({ providers: [DemoRoutingRulesSeedService] })
export class DemoRoutingRulesSeedModule {}
