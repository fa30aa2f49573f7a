import { toEnvelopeError } from '../../src/resolvers/wrapper';
import { RateLimitedError } from '../../src/storage/port';

describe('resolver wrapper error mapping', () => {
  const silence = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  afterAll(() => silence.mockRestore());

  it('storage that did not answer after the retries is a clear, retryable message, not a generic failure', () => {
    const timeout = Object.assign(new Error('socket hang up'), { code: 'ETIMEDOUT' });
    const serverError = Object.assign(new Error('kvs failed'), { responseDetails: { status: 503 } });
    for (const error of [timeout, serverError]) {
      expect(toEnvelopeError(error, 'recordEvents')).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Storage did not answer; nothing was saved. Try again in a moment.' },
      });
    }
  });

  it('rate limiting stays RATE_LIMITED and anything else stays a generic INTERNAL without internals', () => {
    expect(toEnvelopeError(new RateLimitedError('429'), 'getNotice')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    const generic = toEnvelopeError(new TypeError('cannot read x of undefined at /srv/app.js:1'), 'getOverview');
    expect(generic).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; the error was logged.' } });
  });
});
