import { Logger } from '@nestjs/common';
import type { MessagingLogger } from '@titrepro/messaging';

/**
 * The relay's, consumers' and projections' log calls, into the service's JSON log (pino through
 * Nest). They pass ids, positions and error lines only, never an event's data.
 */
export const nestMessagingLogger = (context: string): MessagingLogger => {
  const logger = new Logger(context);
  return {
    info: (message, fields) => logger.log({ ...fields, msg: message }),
    warn: (message, fields) => logger.warn({ ...fields, msg: message }),
    error: (message, fields) => logger.error({ ...fields, msg: message }),
  };
};
