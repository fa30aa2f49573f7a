/**
 * What a Rovo action receives, checked by hand: this module is meant for the lean page-view bundle,
 * which carries no zod. Forge calls an action function with `(payload, context)`: `payload` holds the
 * action's inputs plus `payload.context` (Atlassian's product context: `jira` or `confluence`
 * identifiers), and `context.principal.accountId` is the person
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/rovo-action/,
 * https://developer.atlassian.com/platform/forge/function-reference/arguments/).
 *
 * Inputs are extracted by the language model from the chat, so they are never trusted for identity:
 * the account comes from the function context only, and a space the person names is used only when
 * Rovo's own context has none.
 */
import type { Caller } from '../app/ports';
import type { SpaceProduct } from '../shared/contract';

/** A bad input, naming the field; the action answers with it instead of guessing. */
export class RovoInputError extends Error {
  override readonly name = 'RovoInputError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

export type Language = 'en' | 'de';

/** The module type our Caller carries for Rovo actions (no Custom UI module renders here). */
export const ROVO_MODULE_TYPE = 'rovo:action';

/** Rovo's product context, as far as this app uses it. */
export interface ProductContext {
  product: SpaceProduct | null;
  space: { key: string; id: string } | null;
  /** The page (Confluence content id) or work item key Rovo is open on. */
  item: { kind: 'page'; id: string } | { kind: 'work-item'; key: string } | null;
}

export interface Invocation {
  caller: Caller;
  language: Language;
  /** Who the answer is for: `notice-only` gets what the notice would show, nothing more. */
  audience: 'signed-in' | 'notice-only';
  context: ProductContext;
  /** Where the space came from: Rovo's context, the person's words, or nowhere (organization-wide). */
  spaceFrom: 'context' | 'named' | 'none';
  /** Inputs that named something other than Rovo's context; the context wins and the answer says so. */
  ignored: string[];
  inputs: Record<string, unknown>;
}

const MAX_KEY = 255;
/** Jira space (project) keys: a letter, then letters, digits or underscores. */
const JIRA_KEY = /^[A-Z][A-Z0-9_]*$/;
/** Confluence space keys: letters and digits; personal spaces are `~` plus the account id. */
const CONFLUENCE_KEY = /^~?[A-Za-z0-9][A-Za-z0-9:_-]*$/;
const WORK_ITEM_KEY = /^([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,17})$/;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const ID = /^[0-9]{1,30}$/;
const LOCALE = /^([a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An optional string input: absent, null and blank mean "not given"; anything else must be a short string. */
export function optionalString(inputs: Record<string, unknown>, field: string, max: number): string | undefined {
  const value = inputs[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RovoInputError(field, 'must be text');
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > max) throw new RovoInputError(field, `must be at most ${max} characters`);
  return trimmed;
}

export function parseProduct(inputs: Record<string, unknown>, field = 'product'): SpaceProduct | undefined {
  const value = optionalString(inputs, field, 20)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value !== 'jira' && value !== 'confluence') throw new RovoInputError(field, 'must be "jira" or "confluence"');
  return value;
}

/** A space key the person named, checked against the product's key rules. */
export function parseSpaceKey(raw: string, product: SpaceProduct, field = 'spaceKey'): string {
  if (raw.length > MAX_KEY) throw new RovoInputError(field, `must be at most ${MAX_KEY} characters`);
  if (product === 'jira') {
    const key = raw.toUpperCase();
    if (!JIRA_KEY.test(key)) throw new RovoInputError(field, 'is not a Jira space key (a letter, then letters, digits or underscores, such as "ENG")');
    return key;
  }
  if (!CONFLUENCE_KEY.test(raw)) throw new RovoInputError(field, 'is not a Confluence space key (letters and digits, such as "DOCS")');
  return raw;
}

/** `ABC-123` → project key `ABC`. */
export function projectOfWorkItem(raw: string, field = 'workItemKey'): { key: string; projectKey: string } {
  const key = raw.toUpperCase();
  if (key.length > MAX_KEY + 19) throw new RovoInputError(field, `must be at most ${MAX_KEY + 19} characters`);
  const match = WORK_ITEM_KEY.exec(key);
  if (!match) throw new RovoInputError(field, 'is not a Jira work item key (such as "ENG-42")');
  return { key, projectKey: match[1] as string };
}

/** Forge sends ids as strings or numbers (the documented Jira example uses numbers). */
function idOf(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : typeof value === 'string' ? value : null;
  return text !== null && ID.test(text) ? text : null;
}

/** Rovo's product context. Values that do not look like the product's own are left out (never guessed). */
export function productContext(raw: unknown): ProductContext {
  const ctx = isObject(raw) ? raw : {};
  const jira = isObject(ctx.jira) ? ctx.jira : null;
  const confluence = isObject(ctx.confluence) ? ctx.confluence : null;
  if (confluence) {
    const key =
      typeof confluence.spaceKey === 'string' && confluence.spaceKey.length <= MAX_KEY && CONFLUENCE_KEY.test(confluence.spaceKey) ? confluence.spaceKey : null;
    const contentId = idOf(confluence.contentId);
    return {
      product: 'confluence',
      space: key ? { key, id: idOf(confluence.spaceId) ?? '' } : null,
      item: contentId ? { kind: 'page', id: contentId } : null,
    };
  }
  if (jira) {
    const issueKey = typeof jira.issueKey === 'string' ? jira.issueKey.toUpperCase() : null;
    const fromIssue = issueKey && WORK_ITEM_KEY.exec(issueKey);
    const projectKey =
      typeof jira.projectKey === 'string' && jira.projectKey.length <= MAX_KEY && JIRA_KEY.test(jira.projectKey) ? jira.projectKey : (fromIssue?.[1] ?? null);
    return {
      product: 'jira',
      space: projectKey ? { key: projectKey, id: idOf(jira.projectId) ?? '' } : null,
      item: fromIssue ? { kind: 'work-item', key: issueKey } : null,
    };
  }
  return { product: null, space: null, item: null };
}

function languageOf(...candidates: unknown[]): { language: Language; locale: string | null } {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.length > 20) continue;
    const match = LOCALE.exec(candidate);
    if (match) return { language: match[1] === 'de' ? 'de' : 'en', locale: candidate };
  }
  return { language: 'en', locale: null };
}

/**
 * The caller and the space an action is about. The account comes only from the function context
 * (`context.principal.accountId`); no input can set it. A space comes from Rovo's context, else from
 * a work item key or space key the person named (validated, never checked against the product).
 */
export function readInvocation(payload: unknown, functionContext: unknown, options: { actionKey: string; acceptsSpace: boolean }): Invocation {
  if (payload !== undefined && payload !== null && !isObject(payload)) throw new RovoInputError('payload', 'must be an object');
  const inputs = payload ?? {};
  const fnContext = isObject(functionContext) ? functionContext : {};
  const principal = isObject(fnContext.principal) ? fnContext.principal : {};
  const accountId = typeof principal.accountId === 'string' && ACCOUNT_ID.test(principal.accountId) ? principal.accountId : null;
  const rovoContext = isObject(inputs.context) ? inputs.context : {};
  // Unlicensed and anonymous people see only what the notice shows; Forge marks them by accountType where it knows.
  const accountType = [rovoContext.accountType, fnContext.accountType].find((t) => typeof t === 'string');
  const audience: Invocation['audience'] = accountId === null || accountType === 'anonymous' || accountType === 'unlicensed' ? 'notice-only' : 'signed-in';
  const { language, locale } = languageOf(rovoContext.locale, fnContext.locale, inputs.locale);

  const context = productContext(rovoContext);
  const ignored: string[] = [];
  let product: SpaceProduct = context.product ?? 'jira';
  let space: { key: string; id: string } | null = context.space;
  let spaceFrom: Invocation['spaceFrom'] = space ? 'context' : 'none';

  if (options.acceptsSpace) {
    const namedProduct = parseProduct(inputs);
    const workItem = optionalString(inputs, 'workItemKey', MAX_KEY + 19);
    const spaceKey = optionalString(inputs, 'spaceKey', MAX_KEY);
    const named = workItem !== undefined ? projectOfWorkItem(workItem) : null;
    if (named && namedProduct === 'confluence') throw new RovoInputError('workItemKey', 'is a Jira work item key, but product is "confluence"');
    const namedProductOrDefault = named ? 'jira' : (namedProduct ?? context.product ?? 'jira');
    const namedKey = named ? named.projectKey : spaceKey !== undefined ? parseSpaceKey(spaceKey, namedProductOrDefault) : undefined;
    if (named && spaceKey !== undefined && parseSpaceKey(spaceKey, 'jira') !== named.projectKey) {
      throw new RovoInputError('spaceKey', `does not match workItemKey (${named.key} is in space ${named.projectKey})`);
    }
    if (space) {
      // Rovo's context is deterministic; what the model extracted from the chat is not. The context wins.
      if (namedKey !== undefined && (namedKey !== space.key || namedProductOrDefault !== product)) ignored.push(named ? 'workItemKey' : 'spaceKey');
    } else if (namedKey !== undefined) {
      product = namedProductOrDefault;
      space = { key: namedKey, id: '' };
      spaceFrom = 'named';
    } else if (namedProduct) {
      product = namedProduct;
    }
  }

  const moduleKey =
    typeof rovoContext.moduleKey === 'string' && /^[A-Za-z0-9_-]{1,255}$/.test(rovoContext.moduleKey) ? rovoContext.moduleKey : options.actionKey;
  const caller: Caller = {
    accountId,
    product,
    moduleKey,
    moduleType: ROVO_MODULE_TYPE,
    // Jira service projects would be Jira Service Management; Rovo's context does not carry the project type.
    space: space ? { key: space.key, id: space.id, app: product === 'jira' ? 'jira' : 'confluence' } : null,
    locale,
  };
  return { caller, language, audience, context, spaceFrom, ignored, inputs };
}
