import type { IncomingMessage } from 'node:http';
import { DomainError, invalidInput } from '@ambassadors/shared';

/** A request carries a body when it says so: a non-zero Content-Length or chunked transfer. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJson(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Reads and parses a JSON body, called only once the caller is known: an unauthenticated
 * request never has a byte of its body parsed. A declared length over `limit` is refused with
 * 413 before reading; a body without a length is cut off at the limit with 413 as well. The
 * time a body may take is bounded elsewhere (request-deadline.ts).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!hasBody(req)) return undefined;
  if (!isJson(req)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE');
  const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', { limit });
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new DomainError('REQUEST_TIMEOUT'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw invalidInput({ da: 'indholdet er ikke gyldig JSON', en: 'the content is not valid JSON' });
  }
}
