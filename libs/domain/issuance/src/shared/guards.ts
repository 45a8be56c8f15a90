import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, invalidInput, notFound, ok } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { DocumentsState } from '../documents.state';
import { documentOf } from '../documents.state';
import type { DocumentsDeciderDependencies } from './dependencies';
import type { IssuedDocumentData } from './input-schemas';

/** The rulebook governing a decision taken on `on` (the session date). */
export const rulebookFor = (dependencies: DocumentsDeciderDependencies, on: CalendarDate): Result<Rulebook, DomainError> => {
  const rulebook = dependencies.rulebooks.rulebookInForceAt(on);
  return rulebook ? ok(rulebook) : fail(conflict(`no rulebook is in force on ${on}`));
};

/** The title's référentiel as of the decision: the version in force that day, else its latest. */
export const titleFor = (dependencies: DocumentsDeciderDependencies, titleCode: string, on: CalendarDate): Result<Title, DomainError> => {
  const title = dependencies.referential.titleValidAt(titleCode, on) ?? dependencies.referential.findTitle(titleCode);
  return title ? ok(title) : fail(notFound('title', titleCode));
};

/** A document id the app minted must be new to the stream. */
export const unusedDocumentId = (state: DocumentsState, document: IssuedDocumentData): Result<IssuedDocumentData, DomainError> =>
  documentOf(state, document.documentId) ? fail(conflict(`document ${document.documentId} already exists`)) : ok(document);

/**
 * CCPs held from another region's award are listed on this region's livrets without BOOKLET ever
 * being applied to them here: each must be a CCP of its title as of the decision.
 */
export const ccpsOfTitle = (dependencies: DocumentsDeciderDependencies, titleCode: string, on: CalendarDate, ccpCodes: readonly string[]): Result<readonly string[], DomainError> => {
  if (ccpCodes.length === 0) return ok(ccpCodes);
  const title = titleFor(dependencies, titleCode, on);
  if (!title.ok) return title;
  const foreign = ccpCodes.filter((ccpCode) => !title.value.ccps.some((ccp) => ccp.code === ccpCode));
  return foreign.length === 0 ? ok(ccpCodes) : fail(invalidInput('ccpCodes', `${foreign.join(', ')}: not a CCP of title ${titleCode}`));
};
