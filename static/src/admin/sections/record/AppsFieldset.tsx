/** Plans and trials per app, and adding an app that is not listed. */
import { PLANS, type Plan } from '../../../../../src/policy/profile';
import type { AppStatus } from '../../../../../src/policy/types';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { EnumSelect } from '../../../ui/EnumSelect';
import { formatDate } from '../../../ui/format';
import { useLanguage } from '../../../ui/language';
import { TableWrap } from '../../../ui/TableWrap';
import { declaredApp } from '../../appPlans';
import { Field, useAppName } from '../../parts';
import { newAppRow, type AppRow, type PlanChoice } from '../../recordForm';
import type { FieldsetProps } from './fieldset';

const PLAN_CHOICES: readonly PlanChoice[] = ['keep', ...PLANS, 'removed'];
const TRIAL_THEN: readonly (Plan | 'none')[] = [...PLANS, 'none'];

export function AppsFieldset({ uid, form, update, evaluation, newApp, setNewApp }: FieldsetProps & { newApp: string; setNewApp: (value: string) => void }) {
  const t = useT();
  const appName = useAppName();
  const updateApp = (index: number, patch: Partial<AppRow>) => update({ apps: form.apps.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const planLabel = (p: PlanChoice) => (p === 'keep' ? t.record.unchanged : p === 'removed' ? t.record.removed : t.plans[p]);
  return (
    <fieldset className="adm-fieldset ui-card">
      <legend>{t.record.appsHeading}</legend>
      <p className="ui-small ui-subtle">{t.record.appsHelp}</p>
      <TableWrap label={t.record.appsHeading}>
        <table className="ui-table" data-testid="record-apps">
          <thead>
            <tr>
              <th scope="col">{t.record.app}</th>
              <th scope="col">{t.record.declaredNow}</th>
              <th scope="col">{t.record.plan}</th>
              <th scope="col">{t.record.trial}</th>
            </tr>
          </thead>
          <tbody>
            {form.apps.map((row, index) => {
              const current = evaluation.apps.find((a) => a.app === row.product);
              const id = `${uid}-app-${index}`;
              return (
                <tr key={row.product} data-product={row.product}>
                  <th scope="row" className="adm-row-head" id={`${id}-name`}>
                    {appName(row.product)}
                  </th>
                  <td data-testid={`declared-${row.product}`}>
                    <DeclaredCell app={current} />
                  </td>
                  <td>
                    <label className="ui-visually-hidden" htmlFor={`${id}-plan`}>
                      {t.record.plan}: {appName(row.product)}
                    </label>
                    <EnumSelect
                      id={`${id}-plan`}
                      value={row.plan}
                      options={PLAN_CHOICES}
                      label={planLabel}
                      onChange={(plan) => updateApp(index, { plan })}
                      data-testid={`plan-${row.product}`}
                    />
                  </td>
                  <td>
                    <div className="ui-stack">
                      <label className="ui-checkbox">
                        <input
                          type="checkbox"
                          checked={row.trial}
                          onChange={(e) => updateApp(index, { trial: e.target.checked })}
                          aria-describedby={`${id}-name`}
                        />
                        {t.record.trial}
                      </label>
                      {row.trial ? (
                        <div className="adm-form-row">
                          <Field id={`${id}-tplan`} label={t.record.trialPlan}>
                            <EnumSelect
                              id={`${id}-tplan`}
                              value={row.trialPlan}
                              options={PLANS}
                              label={(p) => t.plans[p]}
                              onChange={(trialPlan) => updateApp(index, { trialPlan })}
                            />
                          </Field>
                          <Field id={`${id}-tends`} label={t.record.trialEnds}>
                            <input
                              id={`${id}-tends`}
                              className="ui-input"
                              type="date"
                              required
                              value={row.trialEndsOn}
                              onChange={(e) => updateApp(index, { trialEndsOn: e.target.value })}
                            />
                          </Field>
                          <Field id={`${id}-tthen`} label={t.record.trialThen}>
                            <EnumSelect
                              id={`${id}-tthen`}
                              value={row.trialThen}
                              options={TRIAL_THEN}
                              label={(p) => (p === 'none' ? t.record.trialThenNone : t.plans[p])}
                              onChange={(trialThen) => updateApp(index, { trialThen })}
                            />
                          </Field>
                          <label className="ui-checkbox">
                            <input type="checkbox" checked={row.migration} onChange={(e) => updateApp(index, { migration: e.target.checked })} />
                            {t.record.migrationTrial}
                          </label>
                        </div>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <div className="adm-form-row">
        <Field id={`${uid}-newapp`} label={t.record.addAppLabel}>
          <input
            id={`${uid}-newapp`}
            className="ui-input"
            type="text"
            maxLength={64}
            value={newApp}
            onChange={(e) => setNewApp(e.target.value.toLowerCase())}
          />
        </Field>
        <Button
          onClick={() => {
            const product = newApp.trim();
            if (product && !form.apps.some((a) => a.product === product)) update({ apps: [...form.apps, newAppRow(product)] });
            setNewApp('');
          }}
        >
          {t.record.addApp}
        </Button>
      </div>
    </fieldset>
  );
}

/** What "keep as declared" keeps: the app's plan and running trial from the overview's evaluation (no call of its own). */
function DeclaredCell({ app }: { app: AppStatus | undefined }) {
  const t = useT();
  const language = useLanguage();
  const d = declaredApp(app);
  if (!d) return <span className="ui-subtlest">{t.record.removed}</span>;
  return (
    <span className="ui-stack adm-gap-none">
      {d.plan ? <span>{t.plans[d.plan]}</span> : null}
      {d.trial ? (
        <span className="ui-small ui-subtle">
          {t.record.declaredTrial(
            t.plans[d.trial.plan],
            formatDate(d.trial.endsOn, language),
            d.trial.then === 'none' ? t.record.declaredThenRemoved : t.plans[d.trial.then],
          )}
        </span>
      ) : null}
    </span>
  );
}
