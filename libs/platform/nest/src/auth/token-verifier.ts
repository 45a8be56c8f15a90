import { jwtVerify } from 'jose';
import { actorSubject } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { ROLES, type Caller } from './caller';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type VerificationKey } from './signing-keys';

const claimsSchema = z.object({
  // Recorded as the actor of what the caller does: its limits are checked here, once, so that no command fails on it.
  sub: actorSubject,
  role: z.enum(ROLES),
  region: z.string().min(1),
});

/** Why a token was refused; the guard turns it into a 401 that says so. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export class TokenVerifier {
  constructor(private readonly verificationKey: VerificationKey) {}

  async verify(token: string): Promise<Caller> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.verificationKey.key, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: this.verificationKey.algorithms,
      }));
    } catch (error) {
      throw new InvalidTokenError(`bearer token refused: ${(error as Error).message}`);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      const field = claims.error.issues[0]?.path.join('.') ?? 'claims';
      throw new InvalidTokenError(`bearer token claim "${field}" is missing or invalid`);
    }
    return { subject: claims.data.sub, role: claims.data.role, region: claims.data.region };
  }
}
