import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { register } from 'prom-client';
import { Public } from '../auth/public.decorator';
import { ApiRoute } from '../openapi/api-route.decorator';

/**
 * Prometheus scrape endpoint; every metric of the process is on prom-client's default registry.
 * Public: scrapers carry no token, and metrics hold counts and route templates, never personal data.
 */
@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', register.contentType)
  @ApiRoute({
    summary: 'Prometheus metrics of this process',
    success: { status: 200, schema: { type: 'string' }, contentType: 'text/plain', description: 'Prometheus text exposition format' },
  })
  scrape(): Promise<string> {
    return register.metrics();
  }
}
