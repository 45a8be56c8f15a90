import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '../auth/public.decorator';
import { ApiRoute } from '../openapi/api-route.decorator';
import { NotReadyException } from './not-ready.exception';
import { ReadinessChecks } from './readiness-checks';
import { readyBodySchema, type ReadinessReport } from './readiness-report';

const liveBodySchema = z.object({ status: z.literal('ok') });

/** Probes for orchestrators: public, since they carry no token and reveal no personal data. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessChecks) {}

  @Get('live')
  @ApiRoute({
    summary: 'Whether the process is up and serving HTTP',
    success: { status: 200, schema: liveBodySchema, description: 'Alive' },
  })
  live(): z.output<typeof liveBodySchema> {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiRoute({
    summary: 'Whether the service can do its work: PostgreSQL, Kafka and every registered check',
    success: { status: 200, schema: readyBodySchema, description: 'Ready (`ok`), or serving with a check an operator must look at (`degraded`)' },
    errors: [{ status: 503, description: 'A check is down: `checks` gives every check and its details' }],
  })
  async ready(): Promise<ReadinessReport> {
    const report = await this.readiness.run();
    if (report.status === 'down') throw new NotReadyException(report);
    return report;
  }
}
