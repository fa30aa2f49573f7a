import type { PreviewData, ProfileChange } from '../../../../../src/shared/contract';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { DifferenceList, EvaluationCompare } from '../../compare';
import { focusOnMount } from '../../../ui/focus';

export type Phase =
  | { step: 'edit' }
  | { step: 'previewing' }
  | { step: 'preview'; preview: PreviewData; changes: ProfileChange[] }
  | { step: 'saving'; preview: PreviewData; changes: ProfileChange[] };

export function PreviewPanel({ phase, onSave, onBack }: { phase: Extract<Phase, { step: 'preview' | 'saving' }>; onSave: () => void; onBack: () => void }) {
  const t = useT();
  const { preview, changes } = phase;
  return (
    <section className="ui-card" aria-labelledby="record-preview" data-testid="record-preview">
      <h3 className="ui-h3" id="record-preview" tabIndex={-1} ref={focusOnMount}>
        {t.record.previewHeading}
      </h3>
      <p>{t.record.changeCount(changes.length)}</p>
      {preview.redundant > 0 ? <p className="ui-subtle">{t.record.redundant(preview.redundant)}</p> : null}
      <EvaluationCompare
        left={preview.before}
        right={preview.after}
        leftLabel={t.record.before}
        rightLabel={t.record.after}
        caption={t.record.previewHeading}
      />
      <DifferenceList differences={preview.differences} changes={preview.changes} empty={t.record.noDifference} heading={t.record.differences} />
      <div className="adm-actions">
        <Button appearance="primary" onClick={onSave} busy={phase.step === 'saving'} data-testid="save">
          {t.record.save}
        </Button>
        <Button appearance="subtle" onClick={onBack} disabled={phase.step === 'saving'}>
          {t.record.edit}
        </Button>
      </div>
    </section>
  );
}
