import { signDevelopmentToken, type AuditorScope, type Role } from '@titrepro/platform-nest';
// The flows alone: @titrepro/testing's index loads testcontainers and Kafka clients.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { authorizationCodeToken, clientCredentialsToken } from '../../../libs/platform/testing/src/openid-flows';
import type { JourneyEndpoints } from './layout';
import { JOURNEY_AUDIENCE, serviceClientOf } from './openid-provider';

/**
 * Who a token names. `subject` defaults to `<role>@<region>`; an assessor's must be their
 * assessorId, a jury member's their memberId, a candidate's their candidateId (README, "Who a token names").
 */
export interface JourneyPerson {
  readonly role: Role;
  readonly region?: string;
  readonly subject?: string;
  readonly auditorScope?: AuditorScope;
}

const issued = new Map<string, Promise<string>>();

const fromProvider = async (issuer: string, person: JourneyPerson, subject: string): Promise<string> => {
  if (person.role === 'service') return clientCredentialsToken(issuer, { id: serviceClientOf(person.region ?? '').clientId, secret: serviceClientOf(person.region ?? '').secret }, JOURNEY_AUDIENCE);
  const claims = {
    titrepro_role: person.role,
    ...(person.region === undefined ? {} : { titrepro_region: person.region }),
    ...(person.auditorScope === undefined ? {} : { titrepro_auditor_scope: person.auditorScope }),
  };
  const registered = await fetch(`${issuer}/local/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: subject, claims }) });
  if (registered.status !== 204) throw new Error(`the OpenID provider at ${issuer} refused account ${subject} (${registered.status})`);
  return authorizationCodeToken(issuer, 'titrepro-agents', subject, JOURNEY_AUDIENCE);
};

/**
 * A bearer token (without `Bearer `) for the journey's services: from its OpenID provider by the
 * authorization code flow (client credentials for `service`), once per person; a candidate's is
 * signed with the development key, which the journey's services accept (their provider sign-in is
 * not linked to a file here).
 */
export const journeyToken = (endpoints: Pick<JourneyEndpoints, 'oidcIssuer'>, person: JourneyPerson): Promise<string> => {
  const subject = person.subject ?? `${person.role}@${person.region ?? 'national'}`;
  const key = JSON.stringify([endpoints.oidcIssuer, person.role, person.region, subject, person.auditorScope]);
  const cached = issued.get(key);
  if (cached) return cached;
  const token =
    person.role === 'candidate'
      ? signDevelopmentToken({ role: 'candidate', subject })
      : fromProvider(endpoints.oidcIssuer, person, subject);
  // A failure is not kept: the next call asks again.
  issued.set(key, token);
  token.catch(() => issued.delete(key));
  return token;
};
