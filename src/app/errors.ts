/** Expected failures the services raise; the resolver wrapper turns them into error envelopes. */
import type { ErrorCode, FieldIssue } from '../shared/contract';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const invalid = (message: string, issues?: FieldIssue[]) => new AppError('INVALID', message, issues);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
