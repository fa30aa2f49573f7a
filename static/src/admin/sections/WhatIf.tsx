/** What-if: simulate a change on the server and show current and simulated status side by side. Nothing is written. */
import { useId, useState } from 'react';
import { EXCLUSION_REASONS, PLANS, PRODUCTS_WITH_SETTINGS, type ExclusionReason, type Plan } from '../../../../src/policy/profile';
import type { ApiError, ProfileChange, SimulateData } from '../../../../src/shared/contract';
import { useT } from '../../i18n/admin';
import { EnumSelect } from '../../ui/EnumSelect';
import { Button } from '../../ui/Button';
import { focusOnMount } from '../../ui/focus';
import { ErrorPanel } from '../../ui/Message';
import { callAdmin } from '../api';
import { DifferenceList, EvaluationCompare } from '../compare';
import { useAdmin } from '../context';
import { Field, SectionHeader, useAppName } from '../parts';

type Scenario = 'enterprise' | 'inAppOff' | 'endTrial' | 'exclusion' | 'custom';
const SCENARIOS: Scenario[] = ['enterprise', 'inAppOff', 'endTrial', 'exclusion', 'custom'];

export default function WhatIf() {
  const t = useT();
  const uid = useId();
  const appName = useAppName();
  const { overview } = useAdmin();
  const today = overview.status.day;
  const [scenario, setScenario] = useState<Scenario>('enterprise');
  const [at, setAt] = useState(today);
  const [trialProduct, setTrialProduct] = useState<string>('jira');
  const [trialThen, setTrialThen] = useState<Plan | 'none'>('standard');
  const [reason, setReason] = useState<ExclusionReason>('hipaa');
  const [custom, setCustom] = useState('[]');
  const [customError, setCustomError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<SimulateData | null>(null);

  function changesFor(): ProfileChange[] | null {
    switch (scenario) {
      case 'enterprise': {
        const active = overview.status.evaluation.apps
          .filter((a) => a.active && (PRODUCTS_WITH_SETTINGS as readonly string[]).includes(a.app))
          .map((a) => a.app);
        const products = active.length > 0 ? active : ['jira', 'confluence'];
        return products.map((product) => ({ type: 'plan', on: today, product, plan: 'enterprise' }));
      }
      case 'inAppOff':
        return [{ type: 'setting', on: today, setting: 'inAppData', value: 'off' }];
      case 'endTrial':
        return [
          trialThen === 'none' ? { type: 'removed', on: today, product: trialProduct } : { type: 'plan', on: today, product: trialProduct, plan: trialThen },
        ];
      case 'exclusion':
        return [{ type: 'exclusion', on: today, reason, active: true }];
      case 'custom':
        try {
          const parsed = JSON.parse(custom) as unknown;
          return (Array.isArray(parsed) ? parsed : [parsed]) as ProfileChange[];
        } catch (e) {
          setCustomError(t.whatIf.customInvalid(e instanceof Error ? e.message : String(e)));
          return null;
        }
    }
  }

  async function simulate() {
    setCustomError(null);
    setError(null);
    const changes = changesFor();
    if (!changes) return;
    setBusy(true);
    const response = await callAdmin('simulate', { changes, at });
    setBusy(false);
    if (!response.ok) {
      setResult(null);
      setError(response.error);
      return;
    }
    setResult(response.data);
  }

  return (
    <div className="adm-section" data-section="what-if">
      <SectionHeader title={t.whatIf.heading} intro={t.whatIf.intro} />
      <form
        className="ui-card adm-form"
        aria-label={t.whatIf.heading}
        onSubmit={(e) => {
          e.preventDefault();
          void simulate();
        }}
      >
        <div className="adm-form-row">
          <Field id={`${uid}-scenario`} label={t.whatIf.scenario}>
            <EnumSelect
              id={`${uid}-scenario`}
              value={scenario}
              options={SCENARIOS}
              label={(s) => t.whatIf.scenarios[s]}
              onChange={setScenario}
              data-testid="scenario"
            />
          </Field>
          <Field id={`${uid}-at`} label={t.whatIf.at}>
            <input id={`${uid}-at`} className="ui-input" type="date" required value={at} onChange={(e) => setAt(e.target.value)} />
          </Field>
        </div>
        {scenario === 'endTrial' ? (
          <div className="adm-form-row">
            <Field id={`${uid}-product`} label={t.whatIf.trialProduct}>
              <EnumSelect id={`${uid}-product`} value={trialProduct} options={PRODUCTS_WITH_SETTINGS} label={appName} onChange={setTrialProduct} />
            </Field>
            <Field id={`${uid}-then`} label={t.record.trialThen}>
              <EnumSelect
                id={`${uid}-then`}
                value={trialThen}
                options={[...PLANS, 'none'] as const}
                label={(p) => (p === 'none' ? t.record.trialThenNone : t.plans[p])}
                onChange={setTrialThen}
              />
            </Field>
          </div>
        ) : null}
        {scenario === 'exclusion' ? (
          <Field id={`${uid}-reason`} label={t.whatIf.exclusionReason}>
            <EnumSelect id={`${uid}-reason`} value={reason} options={EXCLUSION_REASONS} label={(r) => t.exclusions[r]} onChange={setReason} />
          </Field>
        ) : null}
        {scenario === 'custom' ? (
          <Field id={`${uid}-custom`} label={t.whatIf.customLabel} help={t.whatIf.customHelp} error={customError}>
            <textarea
              id={`${uid}-custom`}
              className="ui-textarea adm-hash"
              rows={6}
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              aria-invalid={customError ? true : undefined}
              aria-describedby={`${uid}-custom-help${customError ? ` ${uid}-custom-error` : ''}`}
            />
          </Field>
        ) : null}
        <div className="adm-actions">
          <Button type="submit" appearance="primary" busy={busy} data-testid="simulate">
            {t.whatIf.simulate}
          </Button>
        </div>
      </form>
      {error ? <ErrorPanel error={error} onRetry={() => void simulate()} /> : null}
      {result ? (
        <section className="ui-card" aria-labelledby={`${uid}-result`} data-testid="whatif-result" aria-live="polite">
          <h3 className="ui-h3" id={`${uid}-result`} tabIndex={-1} ref={focusOnMount}>
            {t.whatIf.comparisonCaption}
          </h3>
          <EvaluationCompare
            left={result.current}
            right={result.simulated}
            leftLabel={t.whatIf.current}
            rightLabel={t.whatIf.simulated}
            caption={t.whatIf.comparisonCaption}
          />
          <DifferenceList differences={result.differences} changes={result.changes} empty={t.whatIf.noDifference} heading={t.whatIf.differences} />
        </section>
      ) : null}
    </div>
  );
}
