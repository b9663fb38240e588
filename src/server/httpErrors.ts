import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { ErrorLog } from './errorLogPlugin.js';

/**
 * The last Express handler: a body that is not JSON, too large or in an unsupported charset
 * gets a GraphQL-shaped JSON error naming the problem (never Express's HTML page with a stack and
 * install paths); anything else is a 500 with the request id, logged once in full.
 */
export function httpErrors({ errorLog, development }: { errorLog: ErrorLog; development: boolean }): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { type, status, limit } = error as { type?: string; status?: number; limit?: number };
    const requestId = String(res.getHeader('x-request-id') ?? '-');
    let message: string;
    if (type === 'entity.parse.failed') message = 'The request body is not valid JSON; send {"query": "...", "variables": {...}} as application/json';
    else if (type === 'entity.too.large') message = `The request body is larger than the limit of ${limit ?? 'the server'} bytes`;
    else if (type === 'charset.unsupported' || type === 'encoding.unsupported') message = 'The request body must be UTF-8 JSON (charset=utf-8)';
    else if (typeof status === 'number' && status >= 400 && status < 500) message = `The request was refused: ${(error as Error).message}`;
    else {
      errorLog.internal(requestId, `${req.method} ${req.path}`, error);
      res.status(500).json({
        errors: [
          {
            message: development ? String((error as Error).message) : 'Internal server error',
            extensions: { code: ErrorCode.InternalServerError, requestId },
          },
        ],
      });
      return;
    }
    errorLog.client(ErrorCode.BadRequest);
    res.status(status ?? 400).json({ errors: [{ message, extensions: { code: ErrorCode.BadRequest } }] });
  };
}
