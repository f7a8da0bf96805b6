import { summariseAnswer } from './record-intake-deliveries';

describe(summariseAnswer.name, () => {
  it('takes the item id from an acceptance', () => {
    expect(summariseAnswer(202, JSON.stringify({ id: 'f1', status: 'accepted' }))).toEqual({ detail: null, feedbackId: 'f1' });
  });

  it('names the first field issue of a 400', () => {
    const body = { statusCode: 400, message: 'Validation failed', issues: [{ field: 'customer.email', message: 'Invalid email' }, { field: 'text', message: 'x' }] };
    expect(summariseAnswer(400, JSON.stringify(body))).toEqual({ detail: 'customer.email: Invalid email', feedbackId: null });
  });

  it('falls back to the message, and to nothing for bodies that are not JSON objects', () => {
    expect(summariseAnswer(403, JSON.stringify({ message: 'Bad signature' })).detail).toBe('Bad signature');
    expect(summariseAnswer(200, '<Response></Response>')).toEqual({ detail: null, feedbackId: null });
    expect(summariseAnswer(500, '{not json')).toEqual({ detail: null, feedbackId: null });
  });
});
