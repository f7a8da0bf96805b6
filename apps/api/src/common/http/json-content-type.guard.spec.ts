import { type ExecutionContext, UnsupportedMediaTypeException } from '@nestjs/common';
import { JsonContentTypeGuard, isJsonContentType } from './json-content-type.guard';

const contextWith = (contentType?: string) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ headers: contentType ? { 'content-type': contentType } : {} }) }) }) as unknown as ExecutionContext;

describe(JsonContentTypeGuard.name, () => {
  const sut = new JsonContentTypeGuard();

  it('lets JSON through, with or without a charset, in any case', () => {
    expect(sut.canActivate(contextWith('application/json'))).toBe(true);
    expect(sut.canActivate(contextWith('Application/JSON; charset=utf-8'))).toBe(true);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', undefined])('answers 415 for %s', (type) => {
    expect(() => sut.canActivate(contextWith(type))).toThrow(UnsupportedMediaTypeException);
  });
});

describe('isJsonContentType', () => {
  it('reads only the media type', () => {
    expect(isJsonContentType(' application/json ;charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/json-seq')).toBe(false);
  });
});
