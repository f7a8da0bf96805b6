import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { DepartmentMembership } from './entities/department-membership.entity';
import { Department } from './entities/department.entity';
import { User } from './entities/user.entity';
import { UserAccountsService } from './user-accounts.service';
import { UserLifecycleHooks } from './user-lifecycle.hooks';
import { UserStatusService } from './user-status.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([Department, User, DepartmentMembership]), AuditModule],
  controllers: [DepartmentsController, UsersController],
  providers: [DepartmentsService, UsersService, UserStatusService, UserAccountsService, UserLifecycleHooks],
  exports: [DepartmentsService, UserAccountsService, UserLifecycleHooks],
})
export class OrgModule {}
