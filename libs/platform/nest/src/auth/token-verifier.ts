import { jwtVerify } from 'jose';
import type { Caller } from './caller';
import { callerFromClaims, InvalidTokenError } from './caller-claims';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type VerificationKey } from './signing-keys';

export { InvalidTokenError } from './caller-claims';

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
    return callerFromClaims(payload);
  }
}
