/**
 * The roles of DOMAIN.md "Who does what", plus `service` for machine-to-machine calls and
 * `operator` for operations endpoints (retry parked events, replay dead letters).
 */
export const ROLES = ['regional-officer', 'assessor', 'jury-member', 'candidate', 'auditor', 'service', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a regional office (or the ministry, for a national auditor) signs in: each acts from a region. */
export type AgentRole = Exclude<Role, 'candidate'>;

/**
 * How far an auditor reads: `regional`, the deployment of their own region only; `national` (the
 * ministry's, DGEFP), every region's. A token says which; none is assumed (see docs/authorization.md).
 */
export const AUDITOR_SCOPES = ['regional', 'national'] as const;
export type AuditorScope = (typeof AUDITOR_SCOPES)[number];

/** A candidate: a national identity (their candidate id), tied to no region; they read their own file wherever it lives. */
export interface CandidateCaller {
  readonly subject: string;
  readonly role: 'candidate';
  readonly region?: undefined;
}

/** An auditor, of a region, reading that region only or (national) every region. */
export interface AuditorCaller {
  readonly subject: string;
  readonly role: 'auditor';
  readonly region: string;
  readonly auditorScope: AuditorScope;
}

/** Any other agent (officer, assessor, jury member, operator) or a region's service: acts from its region. */
export interface RegionalAgentCaller {
  readonly subject: string;
  readonly role: Exclude<AgentRole, 'auditor'>;
  readonly region: string;
}

/** The authenticated caller, read from the bearer token's claims. */
export type Caller = CandidateCaller | AuditorCaller | RegionalAgentCaller;
export type AgentCaller = AuditorCaller | RegionalAgentCaller;

export const isAgent = (caller: Caller): caller is AgentCaller => caller.role !== 'candidate';

/** Whether the caller speaks for `region`: their own, or every region for a national auditor. A candidate speaks for none. */
export const speaksFor = (caller: Caller, region: string): boolean =>
  caller.role === 'auditor' ? caller.auditorScope === 'national' || caller.region === region : caller.region === region;

/**
 * The region an agent acts from. Behind a route that admits agents only, a candidate never gets
 * here: one would be the guard's bug, not a client's mistake.
 */
export const regionOf = (caller: Caller): string => {
  if (caller.region === undefined) throw new TypeError(`a ${caller.role} acts from no region: this route must not admit them`);
  return caller.region;
};
