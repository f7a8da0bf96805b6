import { ApiRequestError } from './http';
import { applyApiErrors } from './form-errors';

type Form = { name: string; email: string; departmentIds: string[] };

function badRequest(issues: { field: string; message: string }[]) {
  return new ApiRequestError(400, { statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues });
}

describe('applyApiErrors', () => {
  it('puts each issue next to its field and leaves nothing for the form', () => {
    const setError = jest.fn();
    const rest = applyApiErrors<Form>(badRequest([{ field: 'email', message: 'is taken' }, { field: 'departmentIds.0', message: 'unknown department' }]), setError, ['name', 'email', 'departmentIds']);

    expect(rest).toBeNull();
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'is taken' });
    expect(setError).toHaveBeenCalledWith('departmentIds', { type: 'server', message: 'unknown department' });
  });

  it('returns the message with issues that match no field', () => {
    const setError = jest.fn();
    const rest = applyApiErrors<Form>(badRequest([{ field: 'token', message: 'has expired' }]), setError, ['name']);
    expect(setError).not.toHaveBeenCalled();
    expect(rest).toBe('Validation failed (token: has expired)');
  });

  it('returns the API message when there are no issues', () => {
    const error = new ApiRequestError(409, { statusCode: 409, error: 'Conflict', message: 'A department with this slug exists' });
    expect(applyApiErrors<Form>(error, jest.fn(), ['name'])).toBe('A department with this slug exists');
  });
});
