import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, type Permission } from '../src/common/auth/permission.decorator';
import { type E2eApp, startE2eApp } from './support/e2e-app';

/** Every route handler of every controller the HTTP app registers, with its declared permission. */
function routes(e2e: E2eApp): { route: string; permission: Permission | undefined }[] {
  const scanner = new MetadataScanner();
  const found: { route: string; permission: Permission | undefined }[] = [];
  for (const module of e2e.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        found.push({
          route: `${controller.name}.${name} (${String(Reflect.getMetadata(PATH_METADATA, handler))})`,
          permission: Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, controller),
        });
      }
    }
  }
  return found;
}

describe('route permissions', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('route_permissions', { SEED_DEMO: 'false' });
  });

  afterAll(() => e2e?.close());

  it('finds the routes it checks', () => {
    const names = routes(e2e).map((r) => r.route);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^AuthController\.login/), expect.stringMatching(/^UsersController\.invite/)]));
  });

  it('declares @Allow(...) or @Public(...) on every route: an undeclared one fails here and is refused at run time', () => {
    const undeclared = routes(e2e).filter((r) => !r.permission).map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('gives every public route a reason and every restricted route at least one role', () => {
    for (const { route, permission } of routes(e2e)) {
      if (permission?.kind === 'public') expect({ route, reason: permission.reason.length > 0 }).toEqual({ route, reason: true });
      if (permission?.kind === 'roles') expect({ route, roles: permission.roles.length > 0 }).toEqual({ route, roles: true });
    }
  });
});
