import { Module, type DynamicModule } from '@nestjs/common';
import { RelayOperationsController } from './relay-operations.controller';
import { RELAY_DEFINITION, ServiceRelay, type RelayDefinition } from './service-relay';

export type { RelayDefinition } from './service-relay';

@Module({})
export class RelayModule {
  static forService(definition: RelayDefinition): DynamicModule {
    return {
      module: RelayModule,
      controllers: [RelayOperationsController],
      providers: [{ provide: RELAY_DEFINITION, useValue: definition }, ServiceRelay],
      exports: [ServiceRelay],
    };
  }
}
