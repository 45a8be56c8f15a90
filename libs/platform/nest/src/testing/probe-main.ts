import 'reflect-metadata';
import { bootstrapService } from '../bootstrap/bootstrap-service';
import { probeService } from './probe-service';

// The probe as a real process, so tests can see how it exits on a bad configuration.
void bootstrapService(probeService);
