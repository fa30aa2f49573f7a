import fc from 'fast-check';
import { EFFECTIVE_DATE, ROLLOUT_BEGAN, SETTINGS_AVAILABLE } from '../../src/policy/constants';
import { evaluate } from '../../src/policy/engine';
import { arbAnyProfile, arbAt, arbSpace } from './arbitraries';
import { allReasons } from './builders';

const FIXED_DATES = new Set([EFFECTIVE_DATE, ROLLOUT_BEGAN, SETTINGS_AVAILABLE]);
const datesIn = (text: string) => [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]).filter((d) => !FIXED_DATES.has(d));

// A UI that says a reason in another language by its code needs every varying value as a parameter.
describe('reasons and timeline entries carry the values of their text (for translation)', () => {
  it('every date in a reason or timeline text (other than the policy constants) is among its params', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSpace, (p, at, space) => {
        const e = evaluate(p, { at, ...(space ? { space } : {}) });
        const items = [...allReasons(e), ...e.timeline.filter((t) => t.kind !== 'plan-changed')];
        for (const item of items) {
          const values = Object.values(item.params ?? {}).map(String);
          for (const date of datesIn(item.text)) {
            if (!values.some((v) => v.split(',').includes(date)))
              throw new Error(`"${item.text}" mentions ${date}, which is not among its params ${JSON.stringify(item.params)}`);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
