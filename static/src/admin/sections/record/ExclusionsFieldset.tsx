/** Whole-organization exclusions and the terminated contract. */
import { EXCLUSION_REASONS } from '../../../../../src/policy/profile';
import { useT } from '../../../i18n/admin';
import { EnumSelect } from '../../../ui/EnumSelect';
import { TableWrap } from '../../../ui/TableWrap';
import type { ExclusionChoice } from '../../recordForm';
import type { FieldsetProps } from './fieldset';

const EXCLUSION_CHOICES: readonly ExclusionChoice[] = ['keep', 'active', 'inactive'];

export function ExclusionsFieldset({ uid, form, update, evaluation }: FieldsetProps) {
  const t = useT();
  return (
    <fieldset className="adm-fieldset ui-card">
      <legend>{t.record.exclusionsHeading}</legend>
      <p className="ui-small ui-subtle">{t.record.exclusionsHelp}</p>
      <TableWrap label={t.record.exclusionsHeading}>
        <table className="ui-table" data-testid="record-exclusions">
          <thead>
            <tr>
              <th scope="col">{t.record.exclusionColumn}</th>
              <th scope="col">{t.record.declaredNow}</th>
              <th scope="col">{t.record.changeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {EXCLUSION_REASONS.map((reason) => {
              const active = evaluation.exclusionReasons.includes(reason);
              return (
                <tr key={reason}>
                  <th scope="row" id={`${uid}-ex-${reason}-name`}>
                    {t.exclusions[reason]}
                  </th>
                  <td>{active ? t.record.exclusionState.active : t.record.exclusionState.inactive}</td>
                  <td>
                    <EnumSelect
                      id={`${uid}-ex-${reason}`}
                      aria-labelledby={`${uid}-ex-${reason}-name`}
                      value={form.exclusions[reason]}
                      options={EXCLUSION_CHOICES}
                      label={(choice) => t.record.exclusionState[choice]}
                      onChange={(choice) => update({ exclusions: { ...form.exclusions, [reason]: choice } })}
                      data-testid={`exclusion-${reason}`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <label className="ui-checkbox">
        <input type="checkbox" checked={form.terminated} onChange={(e) => update({ terminated: e.target.checked })} />
        {t.record.terminated}
      </label>
    </fieldset>
  );
}
