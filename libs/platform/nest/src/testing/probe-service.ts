import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { ruleViolation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { Authorize } from '../auth/authorize.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import type { ServiceDefinition } from '../bootstrap/service-definition';
import { DomainErrorException } from '../errors/domain-error.exception';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';

const probeBody = z.object({ birthDate: z.iso.date(), contact: z.object({ email: z.email() }) });

/** Routes that exercise the platform's adapters the way a real service's controllers do. */
@Controller('probe')
class ProbeController {
  @Get('office')
  @Authorize({ roles: ['regional-officer', 'auditor'], ownRegionFor: ['regional-officer'] })
  office(@CurrentCaller() caller: Caller): Caller {
    return caller;
  }

  @Post('validated')
  validated(@Body(new ZodValidationPipe(probeBody)) body: z.output<typeof probeBody>) {
    return body;
  }

  @Post('refused')
  refused(): never {
    throw new DomainErrorException(
      ruleViolation('seed-2009', 'VAE-EXPERIENCE', { fr: 'Expérience insuffisante.', en: 'Not enough experience.' }),
    );
  }

  @Get('crash')
  crash(): never {
    throw new Error('secret internal detail');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

export const probeService: ServiceDefinition = {
  name: 'probe',
  title: 'probe',
  description: 'Platform test service.',
  rootModule: () => ProbeModule,
};
