import type { ButtonHTMLAttributes } from 'react';

export type ButtonAppearance = 'default' | 'primary' | 'subtle' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  /** Shows a spinner and blocks clicks while an action runs. */
  busy?: boolean;
}

export function Button({ appearance = 'default', busy = false, className, disabled, children, type = 'button', ...rest }: ButtonProps) {
  const classes = ['ui-button', appearance === 'default' ? '' : `ui-button--${appearance}`, className ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy ? <span className="ui-spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
