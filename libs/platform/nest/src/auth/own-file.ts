import { ForbiddenException } from '@nestjs/common';
import type { Caller } from './caller';

/** A candidate reads and acts on their own file only (their token's subject is their candidate id). */
export const assertOwnFileIfCandidate = (caller: Caller, candidateId: string): void => {
  if (caller.role === 'candidate' && caller.subject !== candidateId) {
    throw new ForbiddenException('a candidate may only access their own file');
  }
};
