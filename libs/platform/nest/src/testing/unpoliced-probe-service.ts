import { Controller, Get, Module } from '@nestjs/common';
import type { ServiceDefinition } from '../bootstrap/service-definition';

/** A route with neither @Authorize nor @Public: the mistake deny-by-default must catch. */
@Controller('unpoliced')
class UnpolicedController {
  @Get('forgotten')
  forgotten(): string {
    return 'anyone may read this';
  }
}

@Module({ controllers: [UnpolicedController] })
class UnpolicedModule {}

export const unpolicedProbeService: ServiceDefinition = {
  name: 'unpoliced-probe',
  title: 'unpoliced probe',
  description: 'A service that forgot a route policy.',
  rootModule: () => UnpolicedModule,
};
