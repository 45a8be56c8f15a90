import { ForbiddenException } from '@nestjs/common';
import { identifier } from '@titrepro/domain-kernel';
import type { Caller } from './caller';

/**
 * The id a caller acts as when their token's subject is an id of ours (an assessor's is their
 * assessorId, a jury member's their memberId). A subject of another shape names nobody here: 403
 * saying so, rather than a 400 about a field the client never sent.
 */
export const subjectAsId = (caller: Caller, what: string): string => {
  if (!identifier.safeParse(caller.subject).success) {
    throw new ForbiddenException(`the token's subject must be the caller's ${what} (1 to 64 letters, digits, dashes or underscores): it names no ${what} here`);
  }
  return caller.subject;
};
