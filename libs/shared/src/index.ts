export * from './common/api-error';
export * from './auth/roles';
export * from './auth/auth.schemas';
export * from './org/org.schemas';
export * from './audit/audit.schemas';
export * from './org/demo';
