/**
 * The part of zod the app uses, named one by one. Forge's bundler only drops whole modules that nothing imports,
 * so listing the members (instead of re-exporting zod's `z`, which carries every locale, JSON Schema conversion and
 * the compiler) keeps the function bundles small. Add a member here when a schema needs it.
 */
export {
  array,
  boolean,
  config,
  discriminatedUnion,
  enum,
  globalRegistry,
  literal,
  looseObject,
  number,
  record,
  strictObject,
  string,
  toJSONSchema,
  union,
  unknown,
} from 'zod';
export type { infer, input, output, ZodError, ZodType } from 'zod';
