/** A <select> over a fixed list of values, each shown by `label`; the one select every form uses. */
import type { SelectHTMLAttributes } from 'react';

type EnumSelectProps<V extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: V;
  options: readonly V[];
  label: (value: V) => string;
  onChange: (value: V) => void;
};

export function EnumSelect<V extends string>({ value, options, label, onChange, className = 'ui-select', ...rest }: EnumSelectProps<V>) {
  return (
    <select {...rest} className={className} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}
