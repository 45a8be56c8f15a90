import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { ErasureReactor } from '../erasure/erasure-reactor';
import { SignInLinksReactor } from '../sign-in-links/sign-in-links-reactor';
import { CandidateOperationsController } from './candidate-operations.controller';
import { ConsumerOperationsController } from './consumer-operations.controller';
import { CONSUMER_DEFINITIONS, ServiceConsumers, type ConsumerDefinition } from './service-consumers';

export type { ConsumerDefinition, ConsumedCommand, ConsumedCommands } from './service-consumers';

/** A consumer as a value, or as an injectable class when it needs providers (a peer client, say). */
export type ConsumerDeclaration = ConsumerDefinition | Type<ConsumerDefinition>;

const isClass = (declaration: ConsumerDeclaration): declaration is Type<ConsumerDefinition> => typeof declaration === 'function';

/** The service's consumers and the kit's erasure and sign-in links reactors, which every service runs. */
@Module({})
export class ConsumerModule {
  static forService(declarations: readonly ConsumerDeclaration[]): DynamicModule {
    const classes = [...declarations.filter(isClass), ErasureReactor, SignInLinksReactor];
    const values = declarations.filter((declaration): declaration is ConsumerDefinition => !isClass(declaration));
    return {
      module: ConsumerModule,
      controllers: [ConsumerOperationsController, CandidateOperationsController],
      providers: [
        ...classes,
        { provide: CONSUMER_DEFINITIONS, inject: classes, useFactory: (...instances: ConsumerDefinition[]) => [...values, ...instances] },
        ServiceConsumers,
      ],
      exports: [ServiceConsumers],
    };
  }
}
