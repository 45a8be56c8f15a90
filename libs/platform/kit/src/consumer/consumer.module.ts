import { Module, type DynamicModule } from '@nestjs/common';
import { ConsumerOperationsController } from './consumer-operations.controller';
import { CONSUMER_DEFINITIONS, ServiceConsumers, type ConsumerDefinition } from './service-consumers';

export type { ConsumerDefinition, ConsumedCommand } from './service-consumers';

@Module({})
export class ConsumerModule {
  static forService(definitions: readonly ConsumerDefinition[]): DynamicModule {
    return {
      module: ConsumerModule,
      controllers: [ConsumerOperationsController],
      providers: [{ provide: CONSUMER_DEFINITIONS, useValue: definitions }, ServiceConsumers],
      exports: [ServiceConsumers],
    };
  }
}
