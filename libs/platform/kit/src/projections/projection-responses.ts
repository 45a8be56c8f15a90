import { z } from 'zod';

// The operations routes' answers, for the OpenAPI document.

const parkedEvent = z.object({
  projection: z.string(),
  globalPosition: z.number().int(),
  streamId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  reason: z.enum(['failed', 'held-behind']),
  error: z.string(),
  attempts: z.number().int(),
  parkedAt: z.string(),
});

export const projectionStatusList = z.array(
  z.object({
    projection: z.string(),
    state: z.enum(['stopped', 'follower', 'leader']),
    position: z.number().int(),
    parked: z.number().int(),
    consecutiveFailures: z.number().int(),
    lastError: z.string().optional(),
    parkedEvents: z.array(parkedEvent),
  }),
);

export const retryResponse = z.object({ applied: z.number().int(), remaining: z.number().int(), error: z.string().optional() });
export const rebuildResponse = z.object({ projection: z.string(), rebuilding: z.literal(true) });
