import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { ruleViolation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { Authorize, OWN_REGION } from '../auth/authorize.decorator';
import { AUDITOR_SCOPES, ROLES, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Public } from '../auth/public.decorator';
import type { ServiceDefinition } from '../bootstrap/service-definition';
import { DomainErrorException } from '../errors/domain-error.exception';
import { CarriesPersonalData } from '../logging/carries-personal-data.decorator';
import { ApiRoute } from '../openapi/api-route.decorator';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ProbeReadiness } from './probe-readiness';

const probeBody = z.object({ birthDate: z.iso.date(), contact: z.object({ email: z.email() }) });
const personBody = z.object({ familyName: z.string().min(1) });
const callerSchema = z.object({ subject: z.string(), role: z.enum(ROLES), region: z.string().optional(), auditorScope: z.enum(AUDITOR_SCOPES).optional() });

/** Routes that exercise the platform's adapters the way a real service's controllers do. */
@Controller('probe')
class ProbeController {
  @Get('office')
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: 'Who is calling, for officers of this region and auditors', success: { status: 200, schema: callerSchema, description: 'The caller' } })
  office(@CurrentCaller() caller: Caller): Caller {
    return caller;
  }

  @Get('public')
  @Public()
  @ApiRoute({ summary: 'Open to anyone', success: { status: 200, schema: z.object({ open: z.literal(true) }), description: 'Open' } })
  open(): { open: true } {
    return { open: true };
  }

  @Get('people')
  @Authorize({ 'regional-officer': OWN_REGION })
  @CarriesPersonalData({ query: ['name'] })
  @ApiRoute({
    summary: 'Searches people by family name (personal data in the query)',
    success: { status: 200, schema: z.object({ name: z.string(), page: z.string().optional() }), description: 'What was searched' },
    errors: [400],
  })
  searchPeople(@Query('name') name: string, @Query('page') page: string | undefined): { name: string; page?: string } {
    return { name, ...(page ? { page } : {}) };
  }

  @Post('people')
  @Public()
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Files a person, and fails quoting the body as a careless adapter might',
    success: { status: 204, description: 'Never: it always fails' },
    errors: [400, 500],
    body: { schema: personBody },
  })
  filePerson(@Body(new ZodValidationPipe(personBody)) body: z.output<typeof personBody>): never {
    throw Object.assign(new Error(`could not file ${body.familyName}`), { parameters: [body.familyName], code: '22021' });
  }

  @Post('validated')
  @Public()
  @ApiRoute({
    summary: 'Echoes a valid body',
    success: { status: 200, schema: probeBody, description: 'The parsed body' },
    errors: [400],
    body: { schema: probeBody },
  })
  validated(@Body(new ZodValidationPipe(probeBody)) body: z.output<typeof probeBody>) {
    return body;
  }

  @Post('refused')
  @Public()
  @ApiRoute({ summary: 'Always refused by a business rule', success: { status: 204, description: 'Never' }, errors: [422] })
  refused(): never {
    throw new DomainErrorException(
      ruleViolation('seed-2009', 'VAE-EXPERIENCE', { fr: 'Expérience insuffisante.', en: 'Not enough experience.' }),
    );
  }

  @Get('crash')
  @Public()
  @ApiRoute({ summary: 'Always fails unexpectedly', success: { status: 204, description: 'Never' }, errors: [500] })
  crash(): never {
    throw new Error('secret internal detail');
  }
}

@Module({ controllers: [ProbeController], providers: [ProbeReadiness] })
class ProbeModule {}

export const probeService: ServiceDefinition = {
  name: 'probe',
  title: 'probe',
  description: 'Platform test service.',
  rootModule: () => ProbeModule,
};
