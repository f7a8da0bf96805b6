import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomerSession } from '../entities/customer-session.entity';
import { CustomerSessionGuard } from './customer-session.guard';
import { CustomerSessionService } from './customer-session.service';

/**
 * Customer sessions. Import it where a controller uses @UseGuards(CustomerSessionGuard)
 * (portal, public board); it exports the guard and what the guard needs.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerSession])],
  providers: [CustomerSessionService, CustomerSessionGuard],
  exports: [CustomerSessionService, CustomerSessionGuard],
})
export class PortalAuthModule {}
