import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, IdParam, OWN_REGION } from '@titrepro/platform-nest';
import { candidateIdentityResponse } from '../api/registry-responses';
import { CandidateIdentities, type CandidateIdentity } from './candidate-identities';

/**
 * Within a region: the region's own services (the document issuance, printing a parchemin) read a
 * candidate's names here with their service token, also after the file was handed over (the
 * documents of this region's jury decisions are still issued here). Another region's token is refused: between
 * regions only the handed-over file travels (`/regions/files`).
 */
@ApiTags('identities')
@Controller('identities')
export class IdentitiesController {
  constructor(private readonly identities: CandidateIdentities) {}

  @Get(':candidateId')
  @Authorize({ service: OWN_REGION })
  @ApiRoute({
    summary: "A candidate's names, for this region's services (e.g. to print a parchemin), read from the candidate's stream",
    success: { status: 200, description: 'The names (personal data)', schema: candidateIdentityResponse },
    errors: [
      404,
      { status: 409, description: 'The file was accepted from another region and has not been received yet' },
      { status: 410, description: "The candidate's personal data was erased" },
    ],
  })
  find(@IdParam('candidateId') candidateId: string): Promise<CandidateIdentity> {
    return this.identities.identityOf(candidateId);
  }
}
