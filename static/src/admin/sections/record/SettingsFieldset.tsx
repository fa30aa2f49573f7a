/** The two data-use settings and the include/exclude scope entries. */
import { SCOPE_KINDS } from '../../../../../src/policy/profile';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { EnumSelect } from '../../../ui/EnumSelect';
import { StatusLozenge } from '../../../ui/Lozenge';
import { Field } from '../../parts';
import type { ScopeRow, Toggle } from '../../recordForm';
import type { FieldsetProps } from './fieldset';

const TOGGLES: readonly Toggle[] = ['keep', 'on', 'off'];
const SCOPE_MODES: readonly ScopeRow['mode'][] = ['include', 'exclude', 'default'];

export function SettingsFieldset({ uid, form, update, evaluation, addScope }: FieldsetProps & { addScope: () => void }) {
  const t = useT();
  const updateScope = (id: number, patch: Partial<ScopeRow>) => update({ scopes: form.scopes.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  return (
    <fieldset className="adm-fieldset ui-card">
      <legend>{t.record.settingsHeading}</legend>
      <p className="ui-small ui-subtle">{t.record.settingsHelp}</p>
      <div className="adm-form-row">
        {(['metadata', 'inAppData'] as const).map((setting) => (
          <Field
            key={setting}
            id={`${uid}-${setting}`}
            label={t.dataTypes[setting]}
            help={
              <span className="ui-row">
                <StatusLozenge status={evaluation[setting].status} />
                {evaluation[setting].locked ? t.overview.cardLocked : t.overview.cardChangeable}
              </span>
            }
          >
            <EnumSelect
              id={`${uid}-${setting}`}
              value={form[setting]}
              options={TOGGLES}
              label={(v) => t.record.settingValue[v]}
              onChange={(value) => update({ [setting]: value })}
              aria-describedby={`${uid}-${setting}-help`}
              data-testid={`setting-${setting}`}
            />
          </Field>
        ))}
      </div>
      <h3 className="ui-h4">{t.record.scopeHeading}</h3>
      <p className="ui-small ui-subtle">{t.record.scopeHelp}</p>
      {form.scopes.map((scope) => {
        const id = `${uid}-scope-${scope.id}`;
        return (
          <div className="adm-form-row" key={scope.id} data-testid="scope-row">
            <Field id={`${id}-kind`} label={t.record.scopeKindLabel}>
              <EnumSelect
                id={`${id}-kind`}
                value={scope.kind}
                options={SCOPE_KINDS}
                label={(k) => t.record.scopeKind[k]}
                onChange={(kind) => updateScope(scope.id, { kind })}
              />
            </Field>
            <Field id={`${id}-key`} label={t.record.scopeKey}>
              <input
                id={`${id}-key`}
                className="ui-input"
                type="text"
                required
                maxLength={255}
                value={scope.key}
                onChange={(e) => updateScope(scope.id, { key: e.target.value })}
              />
            </Field>
            <Field id={`${id}-mode`} label={t.spaces.mode}>
              <EnumSelect
                id={`${id}-mode`}
                value={scope.mode}
                options={SCOPE_MODES}
                label={(m) => t.record.scopeMode[m]}
                onChange={(mode) => updateScope(scope.id, { mode })}
              />
            </Field>
            <Button appearance="subtle" onClick={() => update({ scopes: form.scopes.filter((s) => s.id !== scope.id) })}>
              {t.record.removeEntry}
            </Button>
          </div>
        );
      })}
      <div>
        <Button onClick={addScope}>{t.record.addScope}</Button>
      </div>
    </fieldset>
  );
}
