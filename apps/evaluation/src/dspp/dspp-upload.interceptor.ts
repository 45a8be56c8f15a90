import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { RequestValidationException, SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import type { EvaluationConfig } from '../config/evaluation-config';

/** At most one file per activité type; no title has more than a dozen. */
const MAX_FILES = 12;

/** One uploaded file, in memory (DSPP documents are a few MB at most, bounded by DSPP_MAX_BYTES). */
export interface UploadedDocument {
  readonly fieldname: string;
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/**
 * Reads a multipart DSPP upload into memory, one field per activité type (named by its CCP code).
 * Over DSPP_MAX_BYTES the answer is 413 naming the limit, before anything is stored.
 */
@Injectable()
export class DsppUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<ReturnType<typeof multer>['any']>;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: EvaluationConfig) {
    // File names are UTF-8 (as browsers send them), not busboy's default latin1: "Élodie.pdf" stays itself, and a U+202E is seen as one.
    this.upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: config.DSPP_MAX_BYTES, files: MAX_FILES, fields: MAX_FILES, parts: 2 * MAX_FILES } }).any();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) => (error ? reject(this.problem(error)) : resolve())),
    );
    return next.handle();
  }

  private problem(error: unknown): Error {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        return new HttpException(`${error.field ?? 'document'}: each DSPP document is limited to ${this.config.DSPP_MAX_BYTES} bytes (DSPP_MAX_BYTES)`, HttpStatus.PAYLOAD_TOO_LARGE);
      }
      // The part's name, when it has a usable one; else the body as a whole (the client sees which rule it broke).
      const field = error.field && /^[\w.-]{1,64}$/.test(error.field) ? error.field : 'body';
      return new RequestValidationException([{ field, message: `${error.message} (at most ${MAX_FILES} documents, one per activité type, each named by its CCP code)` }]);
    }
    return new RequestValidationException([{ field: 'body', message: `is not a valid multipart/form-data body (${(error as Error).message})` }]);
  }
}
