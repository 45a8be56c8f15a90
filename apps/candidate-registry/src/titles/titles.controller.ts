import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { referential } from '@titrepro/domain-referential';
import { ApiRoute, Authorize, ROLES } from '@titrepro/platform-nest';
import { titleList } from '../api/registry-responses';

/** The titles a pathway may lead to (latest version of each). */
@ApiTags('titles')
@Controller('titles')
export class TitlesController {
  @Get()
  @Authorize({ roles: ROLES })
  @ApiRoute({ summary: 'The titles a pathway may lead to (latest version of each)', success: { status: 200, description: 'Titles', schema: titleList } })
  list() {
    return referential.listTitles().map((title) => ({
      code: title.code,
      acronym: title.acronym,
      label: title.label,
      level: title.level,
      version: title.version,
      validFrom: title.validFrom,
      validTo: title.validTo,
    }));
  }
}
