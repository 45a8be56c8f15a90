/**
 * The roles of DOMAIN.md "Who does what", plus `service` for machine-to-machine calls and
 * `operator` for operations endpoints (retry parked events, replay dead letters).
 */
export const ROLES = ['regional-officer', 'assessor', 'jury-member', 'candidate', 'auditor', 'service', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller, read from the bearer token's claims. */
export interface Caller {
  readonly subject: string;
  readonly role: Role;
  readonly region: string;
}
