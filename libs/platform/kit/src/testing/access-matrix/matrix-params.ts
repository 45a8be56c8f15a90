import type { MatrixCaller } from './matrix-callers';

/** Two ids of a kind of resource: one tied to the matrix's callers, one tied to none of them. */
export interface OwnAndOther {
  readonly own: string;
  readonly other: string;
}

/**
 * The resources a service's matrix names in its paths. `candidate.own` is the candidate caller's
 * id, and the candidate the assessor caller is assigned to; `session.own` the session whose jury
 * the member caller sits on; `document.own` a document of the candidate caller, issued here.
 */
export interface MatrixResources {
  readonly candidate: OwnAndOther;
  readonly session?: OwnAndOther;
  readonly document?: OwnAndOther;
}

/** An id no resource has: the handler answers 404 once the guard let the caller in. */
const NOWHERE = 'matrix-unknown-1';

/** The value of each path parameter for a caller, after their relation to the resource. */
export const matrixParam =
  (resources: MatrixResources) =>
  (name: string, caller: MatrixCaller): string => {
    const pick = (ids: OwnAndOther | undefined) => (ids ? ids[caller.relation.resource] : NOWHERE);
    switch (name) {
      case 'candidateId':
      case 'id':
        return pick(resources.candidate);
      case 'sessionId':
        return pick(resources.session);
      case 'documentId':
        return pick(resources.document);
      case 'memberId':
      case 'assessorId':
        return caller.relation.resource === 'own' ? (caller.who?.subject ?? NOWHERE) : 'someone-else';
      default:
        // Operations' consumer, projection, stream and key names: none that exists.
        return NOWHERE;
    }
  };
