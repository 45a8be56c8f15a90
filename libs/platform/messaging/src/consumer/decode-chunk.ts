import type { ContractRegistry } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { decodeMessage } from './decode-message';
import type { ReceivedMessage } from './key-sequence';

/**
 * The decodable messages of a batch from `start` on, at most `size` of them, stopping before the
 * first that cannot be decoded (that one is taken alone): what one transaction applies together.
 */
export const decodeChunk = (
  messages: readonly KafkaMessage[],
  start: number,
  size: number,
  where: { readonly topic: string; readonly partition: number },
  contracts: ContractRegistry,
): ReceivedMessage[] => {
  const chunk: ReceivedMessage[] = [];
  while (chunk.length < size && start + chunk.length < messages.length) {
    const message = messages[start + chunk.length] as KafkaMessage;
    const decoded = decodeMessage(message, where, contracts);
    if (!decoded.ok) break;
    chunk.push({ message, event: decoded.event });
  }
  return chunk;
};
