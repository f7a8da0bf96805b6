import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FeedbackModule } from '../intake/feedback.module';
import { ConsentsService } from './consents.service';
import { CustomerAttributesService } from './customer-attributes.service';
import { CustomerDirectoryService } from './customer-directory.service';
import { CustomerMergesService } from './customer-merges.service';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { ConsentRecord } from './entities/consent-record.entity';
import { CustomerIdentity } from './entities/customer-identity.entity';
import { Customer } from './entities/customer.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Customer, CustomerIdentity, ConsentRecord]), FeedbackModule, AuditModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomerDirectoryService, CustomerMergesService, ConsentsService, CustomerAttributesService],
  exports: [CustomersService],
})
export class CustomersModule {}
