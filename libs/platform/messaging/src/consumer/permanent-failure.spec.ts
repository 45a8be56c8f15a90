import { conflict, Refusal } from '@titrepro/domain-kernel';
import { PermanentHandlerError, permanentFailureOf } from './consumed-event';

describe('what a consumer never retries', () => {
  it("dead-letters a decider's refusal as it was thrown, with no conversion on the way", () => {
    expect(permanentFailureOf(new Refusal(conflict('the document is already revoked')))).toEqual({ reason: 'permanent-error' });
  });

  it('keeps the reason a PermanentHandlerError gives, and retries anything else', () => {
    expect(permanentFailureOf(new PermanentHandlerError('from an untrusted region', 'untrusted-source'))).toEqual({ reason: 'untrusted-source' });
    expect(permanentFailureOf(new Error('connection reset'))).toBeUndefined();
  });
});
