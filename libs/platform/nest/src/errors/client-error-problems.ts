import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem-details';

/**
 * What Node's HTTP parser refuses before any route sees it (headers or URL over its limit: 431;
 * bytes that are not HTTP: 400) leaves as problem+json too, instead of Node's bare status line.
 */
export const answerClientErrorsAsProblems = (server: Server): void => {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const title = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    const detail = tooLarge ? 'request: the URL or the headers are over the server limit' : 'request: not a well-formed HTTP request';
    const body = JSON.stringify({ type: problemType(String(status)), title, status, detail, errors: [{ field: tooLarge ? 'path' : '(request)', message: detail.slice(9) }] });
    socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
};
