import { classifySmsResponse, classifySmtpError } from './delivery-error';

describe(classifySmtpError.name, () => {
  it('treats a 550 at RCPT as permanent and keeps the server’s words', () => {
    const err = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 mailbox unavailable"), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 mailbox unavailable',
    });
    expect(classifySmtpError(err)).toMatchObject({ permanent: true, message: 'The mail server refused the message: 550 5.1.1 mailbox unavailable' });
  });

  it('retries a 4xx deferral', () => {
    const err = Object.assign(new Error('451 try again later'), { code: 'EMESSAGE', responseCode: 451, response: '451 4.3.0 try again later' });
    expect(classifySmtpError(err)).toMatchObject({ permanent: false });
  });

  it('retries when the server is down', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2526'), { code: 'ESOCKET' });
    const classified = classifySmtpError(err);
    expect(classified.permanent).toBe(false);
    expect(classified.message).toBe('The mail server could not be reached: connect ECONNREFUSED 127.0.0.1:2526 (ESOCKET)');
  });

  it('retries a timeout without a reply code', () => {
    expect(classifySmtpError(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })).permanent).toBe(false);
  });
});

describe(classifySmsResponse.name, () => {
  it('fails a refused number for good', () => {
    expect(classifySmsResponse(400, 'The To number is not a valid phone number')).toMatchObject({ permanent: true });
  });

  it('retries rate limits and server errors', () => {
    expect(classifySmsResponse(429, 'Too many requests').permanent).toBe(false);
    expect(classifySmsResponse(503, 'unavailable').permanent).toBe(false);
  });
});
