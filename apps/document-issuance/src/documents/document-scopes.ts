import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionOf, ResolvesResourceScope, selfFromParams, type Caller, type ResourceScopeResolver, type RouteParams } from '@titrepro/platform-nest';
import type { DataSource } from 'typeorm';
import { IssuedDocument } from '../read-models/issued-document.entity';

/** The document a route names, if this region holds it (none: the handler answers 404). */
const documentNamed = (dataSource: DataSource, params: RouteParams): Promise<IssuedDocument | null> =>
  params['documentId'] === undefined ? Promise.resolve(null) : dataSource.getRepository(IssuedDocument).findOneBy({ documentId: params['documentId'] });

/** `self` here: a candidate's documents, named by their candidate id or by a document's id. */
@Injectable()
@ResolvesResourceScope('self')
export class OwnDocumentScope implements ResourceScopeResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refusal(caller: Caller, params: RouteParams): Promise<string | undefined> {
    if (params['documentId'] === undefined) return selfFromParams(caller, params);
    const document = await documentNamed(this.dataSource, params);
    if (!document || document.candidateId === caller.subject) return undefined;
    return 'a candidate may only access their own documents';
  }
}

/** `issuing-region`: the route's document was issued by the caller's region (the office that issued it revokes it). */
@Injectable()
@ResolvesResourceScope('issuing-region')
export class IssuingRegionScope implements ResourceScopeResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refusal(caller: Caller, params: RouteParams): Promise<string | undefined> {
    const document = await documentNamed(this.dataSource, params);
    if (!document || document.issuerRegion === regionOf(caller)) return undefined;
    return `document ${document.documentId} was issued by region ${document.issuerRegion}; region ${regionOf(caller)} may not act on it`;
  }
}
