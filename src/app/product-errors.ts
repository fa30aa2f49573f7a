/**
 * Failures of Jira or Confluence, told apart from storage failures: a product
 * call that times out must not be reported as "Storage did not answer".
 */
import { ProductRateLimitedError, type ProductPort } from './ports';

export class ProductUnavailableError extends Error {
  override readonly name = 'ProductUnavailableError';
  constructor(
    readonly operation: string,
    override readonly cause: unknown,
  ) {
    super(`${operation}: ${(cause as { message?: string } | null | undefined)?.message ?? String(cause)}`);
  }
}

/** The port with every failure (other than a 429, which callers handle) wrapped as ProductUnavailableError. Looks methods up per call. */
export function taggedProduct(port: ProductPort): ProductPort {
  return new Proxy(port, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          if (error instanceof ProductRateLimitedError || error instanceof ProductUnavailableError) throw error;
          throw new ProductUnavailableError(String(key), error);
        }
      };
    },
  });
}
