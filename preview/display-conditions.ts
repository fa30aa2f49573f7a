/**
 * The manifest's `displayConditions`, evaluated the way the host product does
 * before it creates a module's iframe. Only what this app's manifest can use is
 * simulated; anything else is an error, so the preview never guesses.
 */

export interface DisplayContext {
  /** The value of a property of the entity in view (Confluence: `space`, `content`), undefined when absent. */
  entityProperty(entity: string, propertyKey: string): unknown;
  isLoggedIn: boolean;
}

const OPERATORS = new Set(['and', 'or', 'not']);

/** Entity property values are compared as strings; objects and arrays as JSON (Forge entity property conditions). */
function asComparable(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function propertyValue(spec: unknown, ctx: DisplayContext): { found: boolean; value: unknown } {
  const { entity, propertyKey, objectName } = spec as { entity?: unknown; propertyKey?: unknown; objectName?: unknown };
  if (typeof entity !== 'string' || typeof propertyKey !== 'string') throw new Error('entity property condition needs "entity" and "propertyKey"');
  let value = ctx.entityProperty(entity, propertyKey);
  if (typeof objectName === 'string') {
    for (const part of objectName.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return { found: value !== undefined, value };
}

function condition(name: string, spec: unknown, ctx: DisplayContext): boolean {
  switch (name) {
    case 'isLoggedIn':
      return ctx.isLoggedIn === spec;
    case 'entityPropertyExists':
      return propertyValue(spec, ctx).found;
    case 'entityPropertyEqualTo': {
      const { found, value } = propertyValue(spec, ctx);
      return found && asComparable(value) === String((spec as { value?: unknown }).value);
    }
    default:
      throw new Error(`the preview does not simulate the display condition "${name}"`);
  }
}

/** All entries of an object must hold (the products AND the conditions of one level). */
export function displayConditionsHold(conditions: unknown, ctx: DisplayContext): boolean {
  if (conditions === undefined || conditions === null) return true;
  if (Array.isArray(conditions)) return conditions.every((c) => displayConditionsHold(c, ctx));
  if (typeof conditions !== 'object') throw new Error('displayConditions must be an object');
  return Object.entries(conditions as Record<string, unknown>).every(([name, spec]) => {
    if (!OPERATORS.has(name)) return condition(name, spec, ctx);
    const parts = Array.isArray(spec) ? spec : Object.entries(spec as Record<string, unknown>).map(([k, v]) => ({ [k]: v }));
    if (name === 'and') return parts.every((p) => displayConditionsHold(p, ctx));
    if (name === 'or') return parts.some((p) => displayConditionsHold(p, ctx));
    return !displayConditionsHold(spec, ctx);
  });
}
