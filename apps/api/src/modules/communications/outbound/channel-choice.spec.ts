import { chooseChannel } from './channel-choice';

const known = { email: 'ana@example.com', phone: '+447700900123' };

describe(chooseChannel.name, () => {
  it('uses the channel staff asked for, even over the customer’s preference', () => {
    expect(chooseChannel({ ...known, requested: 'sms', preferred: 'email', original: 'email' })).toEqual({ channel: 'sms', address: '+447700900123' });
  });

  it('uses the customer’s preferred channel when staff did not choose', () => {
    expect(chooseChannel({ ...known, preferred: 'in_app', original: 'email' })).toEqual({ channel: 'in_app', address: null });
  });

  it('answers in the channel the customer wrote in when it is email or SMS', () => {
    expect(chooseChannel({ ...known, original: 'sms' })).toEqual({ channel: 'sms', address: '+447700900123' });
    expect(chooseChannel({ ...known, original: 'email' })).toEqual({ channel: 'email', address: 'ana@example.com' });
  });

  it('falls back to email, then SMS, then in-app for channels it cannot answer in', () => {
    expect(chooseChannel({ ...known, original: 'form' })).toEqual({ channel: 'email', address: 'ana@example.com' });
    expect(chooseChannel({ email: null, phone: '+447700900123', original: 'api' })).toEqual({ channel: 'sms', address: '+447700900123' });
    expect(chooseChannel({ email: null, phone: null, original: 'chat' })).toEqual({ channel: 'in_app', address: null });
  });

  it('keeps a requested channel without an address, so the message is suppressed with a reason rather than rerouted', () => {
    expect(chooseChannel({ email: null, phone: '+447700900123', requested: 'email' })).toEqual({ channel: 'email', address: null });
  });
});
