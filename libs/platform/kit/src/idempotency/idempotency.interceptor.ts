import { BadRequestException, Inject, Injectable, UnprocessableEntityException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { PostgresEventStore } from '@titrepro/event-store';
import type { Response } from 'express';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { REQUEST_TRANSACTION, type KitRequest } from '../commands/origin.decorator';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { claimKey, findRecord, recordAnswer } from './idempotency-records';
import { requestFingerprint } from './request-fingerprint';
import { transactionSlotsFor, type TransactionSlots } from './transaction-slots';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` on a POST: the request's command runs in a transaction that also records the key
 * and the answer, so a retry (after a timeout, say) gets the first answer and appends nothing,
 * whether the first attempt committed or not. The same key with another body is refused (422).
 * Keys are scoped by the caller's subject.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  /** All but one of the pool's connections: the commands' own reads need one (transaction-slots.ts). */
  private readonly slots: TransactionSlots;

  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    private readonly reflector: Reflector,
  ) {
    this.slots = transactionSlotsFor(store.pool.options.max ?? 10);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<KitRequest>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new BadRequestException('Idempotency-Key: must be 1 to 200 visible ASCII characters, sent once');
    }
    // A multipart body is read after this interceptor (by the route's upload handling), so it could
    // not be fingerprinted: refused rather than risk answering a different upload with another's result.
    if (String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')) {
      throw new BadRequestException('Idempotency-Key: not supported on multipart uploads; send the upload again without it');
    }
    const scope = request.caller?.subject ?? 'anonymous';
    const fingerprint = requestFingerprint(request);
    const releaseSlot = await this.slots.acquire();
    const client = await this.store.pool.connect().catch((error: unknown) => {
      releaseSlot();
      throw error;
    });
    const response = context.switchToHttp().getResponse<Response>();
    let released = false;
    const end = async (statement: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
      if (released) return;
      released = true;
      try {
        await client.query(statement);
      } finally {
        client.release();
        releaseSlot();
      }
    };
    try {
      await client.query('BEGIN');
      if (!(await claimKey(client, scope, key, fingerprint))) {
        await end('ROLLBACK');
        return of(await this.replay(scope, key, fingerprint, response));
      }
    } catch (error) {
      await end('ROLLBACK').catch(() => undefined);
      throw error;
    }
    request[REQUEST_TRANSACTION] = client;
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          (async () => {
            await recordAnswer(client, scope, key, status, body);
            await end('COMMIT');
            return body;
          })(),
        ),
      ),
      catchError((error: unknown) => from(end('ROLLBACK').catch(() => undefined).then(() => Promise.reject(error)))),
    );
  }

  private async replay(scope: string, key: string, fingerprint: string, response: Response): Promise<unknown> {
    // The claim waited for the first transaction to end: a fresh read on the pool sees its row.
    const record = await findRecord(this.store.pool, scope, key);
    if (!record) throw new UnprocessableEntityException('Idempotency-Key: the first request with this key failed meanwhile; send it again');
    if (record.fingerprint !== fingerprint) {
      throw new UnprocessableEntityException('Idempotency-Key: this key was already used for a different request (other path or body)');
    }
    response.status(record.status);
    response.setHeader('Idempotency-Replayed', 'true');
    return record.response;
  }
}
