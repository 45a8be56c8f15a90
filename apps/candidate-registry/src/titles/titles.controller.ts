import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { referential } from '@titrepro/domain-referential';
import { ANY_REGION, ApiRoute, Authorize, PathParam, ROLES, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { z } from 'zod';
import { titleList, titleView, titleViewOf, type TitleView } from './title-views';

const titleCode = z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' });

const viewOf = (code: string): TitleView | undefined => titleViewOf(referential.titleVersions(code));

/** Reference data: every role, of any region (a candidate has none), reads it. */
const everyone: AuthorizationPolicy = Object.fromEntries(ROLES.map((role) => [role, ANY_REGION]));

/** The titles a pathway may lead to: every référentiel version, with its CCPs, compétences and CCSs. */
@ApiTags('titles')
@Controller('titles')
export class TitlesController {
  @Get()
  @Authorize(everyone)
  @ApiRoute({ summary: 'The titles of the référentiel, each with its versions, CCPs, compétences and CCSs', success: { status: 200, description: 'Titles, by code', schema: titleList } })
  list(): TitleView[] {
    return referential.listTitles().flatMap((title) => viewOf(title.code) ?? []);
  }

  @Get(':code')
  @Authorize(everyone)
  @ApiRoute({ summary: 'One title of the référentiel, with its versions, CCPs, compétences and CCSs', success: { status: 200, description: 'The title', schema: titleView }, errors: [400, 404] })
  find(@PathParam('code', titleCode) code: string): TitleView {
    const view = viewOf(code);
    if (!view) throw new NotFoundException(`title ${code} is not in the référentiel`);
    return view;
  }
}
