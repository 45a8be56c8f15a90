import type { AuditorScope, Role } from '@titrepro/platform-nest';
import { queryDatabase, startService, type SharedServiceDatabases, type StartedService } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { signDevelopmentToken } from '@titrepro/platform-nest';
import { serviceDefinition } from '../service.definition';

export const REGION = 'idf';
/** TSGERI's code, as the référentiel holds it. */
export { TSGERI } from '@titrepro/service-kit/testing';

export type RegistryTestApp = StartedService;

/** The registry of region `idf` on its own databases (or those given: a replica, a restart), as in production. */
export const startRegistry = (options: { relay?: boolean; topicPrefix?: string; env?: Record<string, string> } & SharedServiceDatabases = {}): Promise<RegistryTestApp> =>
  startService(serviceDefinition, { region: REGION, ...options });

export const bearer = async (role: Role, options: { region?: string; subject?: string; auditorScope?: AuditorScope } = {}): Promise<string> =>
  `Bearer ${await signDevelopmentToken({ subject: options.subject ?? `${role}-1`, role, region: options.region ?? REGION, auditorScope: options.auditorScope })}`;

/** Runs one query on a test database. */
export { queryDatabase as query };

/** Projections and Kafka follow the store within moments: a bounded wait for them. */
export const eventually = (what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> => waitFor(what, check, timeoutMs, 50);

/** A valid registration body with a family name and email no other test uses. */
export const registration = (unique: string) => ({
  familyName: `Durand${unique}`,
  givenNames: ['Camille'],
  birthDate: '1990-04-12',
  contact: { email: `camille.${unique}@example.org` },
});

export const periodOf = (start: string, end: string) => ({
  organisation: 'Hôpital Nord',
  role: 'Technicien',
  start,
  end,
  capacity: 'employee',
  relatedToTitle: true,
});
