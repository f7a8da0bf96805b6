import { Module } from '@nestjs/common';
import { DemoTemplatesSeedService } from './demo-templates-seed.service';

@Module({ providers: [DemoTemplatesSeedService] })
export class DemoTemplatesSeedModule {}
