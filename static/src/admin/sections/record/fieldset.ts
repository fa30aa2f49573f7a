/** What every fieldset of the record form receives from the form. */
import type { Evaluation } from '../../../../../src/policy/types';
import type { FormState } from '../../recordForm';

export interface FieldsetProps {
  /** The form's id prefix: element ids stay what they were when the form was one file. */
  uid: string;
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  /** The current evaluation, for what is declared now. */
  evaluation: Evaluation;
}
