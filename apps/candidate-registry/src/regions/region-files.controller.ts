import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { candidateFileSchema, type CandidateFile } from '@titrepro/domain-registry';
import { ApiRoute, Authorize, CurrentCaller, type Caller, IdParam, ANY_REGION, regionOf } from '@titrepro/platform-nest';
import { HandedOverFiles } from './handed-over-file';

/**
 * Region to region: the registry of the region that accepted a file fetches it here, identity
 * included, with its service token (role `service`, its region). Identity never crosses Kafka.
 */
@ApiTags('regions')
@Controller('regions/files')
export class RegionFilesController {
  constructor(private readonly files: HandedOverFiles) {}

  @Get(':candidateId')
  @Authorize({ service: ANY_REGION })
  @ApiRoute({
    summary: 'The file handed over to the calling region (its service token names it), identity included',
    success: { status: 200, description: 'The file', schema: candidateFileSchema },
    errors: [404, { status: 410, description: "The candidate's personal data was erased" }],
  })
  fetch(@IdParam('candidateId') candidateId: string, @CurrentCaller() caller: Caller): Promise<CandidateFile> {
    return this.files.fileFor(candidateId, regionOf(caller));
  }
}
