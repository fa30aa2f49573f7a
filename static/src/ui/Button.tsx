import type { ButtonHTMLAttributes, MouseEvent } from 'react';

export type ButtonAppearance = 'default' | 'primary' | 'subtle' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  /** Shows a spinner and blocks clicks while an action runs. */
  busy?: boolean;
}

/** Swallows clicks (and the implicit submit of Enter in a form) while busy. */
const ignoreWhileBusy = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

export function Button({ appearance = 'default', busy = false, className, disabled, children, type = 'button', onClick, ...rest }: ButtonProps) {
  const classes = ['ui-button', appearance === 'default' ? '' : `ui-button--${appearance}`, className ?? ''].filter(Boolean).join(' ');
  // Busy is aria-disabled, not disabled: a disabled button drops keyboard focus to the page (WCAG 2.4.3).
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={busy ? ignoreWhileBusy : onClick}
    >
      {busy ? <span className="ui-spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
