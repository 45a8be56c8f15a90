import type { TokenSubject } from '@titrepro/platform-nest';

/** How a caller stands towards the deployment and the route's resource. */
export interface CallerRelation {
  /** `own`: the deployment's region; `other`: another region's; `none`: a candidate (national identity). */
  readonly region: 'own' | 'other' | 'none';
  /** `own`: the route's resource is tied to them (their file, assignment, jury); `other`: it is not. */
  readonly resource: 'own' | 'other';
}

export interface MatrixCaller {
  /** e.g. `jury-member·own region·other resource` */
  readonly name: string;
  /** Undefined: no token at all. */
  readonly who: TokenSubject | undefined;
  readonly relation: CallerRelation;
}

/** The subjects the callers carry: ids the world's resources are tied to (an assigned assessor, a seated member, a candidate with documents). */
export interface MatrixSubjects {
  readonly candidate: string;
  readonly assessor: string;
  readonly juryMember: string;
}

const caller = (name: string, who: TokenSubject | undefined, region: CallerRelation['region'], resource: CallerRelation['resource'] = 'own'): MatrixCaller => ({ name, who, relation: { region, resource } });

/**
 * Every caller of the matrix for a deployment of `region`, `other` being another region: each role
 * from its own and another region, with and without the route's resource, the auditors regional
 * and national, the candidate on their own file and another's, and nobody (no token).
 */
export const matrixCallers = (region: string, other: string, subjects: MatrixSubjects): MatrixCaller[] => {
  const from = (place: 'own' | 'other') => (place === 'own' ? region : other);
  const callers: MatrixCaller[] = [];
  for (const place of ['own', 'other'] as const) {
    callers.push(caller(`regional-officer·${place} region`, { subject: 'officer-1', role: 'regional-officer', region: from(place) }, place));
    for (const resource of place === 'own' ? (['own', 'other'] as const) : (['own'] as const)) {
      const tied = place === 'own' ? `·${resource} resource` : '';
      callers.push(caller(`assessor·${place} region${tied}`, { subject: subjects.assessor, role: 'assessor', region: from(place) }, place, resource));
      callers.push(caller(`jury-member·${place} region${tied}`, { subject: subjects.juryMember, role: 'jury-member', region: from(place) }, place, resource));
    }
    callers.push(caller(`auditor (regional)·${place} region`, { subject: 'auditor-1', role: 'auditor', region: from(place), auditorScope: 'regional' }, place));
    callers.push(caller(`auditor (national)·${place} region`, { subject: 'auditor-dgefp', role: 'auditor', region: from(place), auditorScope: 'national' }, place));
    callers.push(caller(`operator·${place} region`, { subject: 'operator-1', role: 'operator', region: from(place) }, place));
    callers.push(caller(`service·${place} region`, { subject: `service-${from(place)}`, role: 'service', region: from(place) }, place));
  }
  // `region` is dropped from a candidate's token by the signer; tokens of before this rule required it.
  callers.push(caller('candidate·own file', { subject: subjects.candidate, role: 'candidate', region }, 'none', 'own'));
  callers.push(caller("candidate·another's file", { subject: subjects.candidate, role: 'candidate', region }, 'none', 'other'));
  callers.push(caller('no token', undefined, 'none'));
  return callers;
};
