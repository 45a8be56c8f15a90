import { Injectable } from '@nestjs/common';
import { ReadinessChecks } from '../health/readiness-checks';
import { TokenVerifier } from './token-verifier';

/**
 * `identity-provider:<issuer>` in /health/ready, one per OpenID issuer: down while its discovery
 * document or keys cannot be fetched. The service keeps running (a provider restarting must not
 * take every service down with it); its routes answer 503 to the tokens of that issuer meanwhile.
 */
@Injectable()
export class IdentityProviderHealthIndicator {
  constructor(readiness: ReadinessChecks, verifier: TokenVerifier) {
    for (const keys of verifier.openIdIssuers) readiness.register(`identity-provider:${keys.issuer}`, () => keys.reachable());
  }
}
