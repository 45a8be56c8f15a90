import 'reflect-metadata';
import { bootstrapService } from '@titrepro/platform-nest';
import { serviceDefinition } from './service.definition';

void bootstrapService(serviceDefinition);
