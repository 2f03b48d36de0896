import { type IconButtonProps, type RJSFSchema, TranslatableString } from '@rjsf/utils';
import type { FormContext, FormData } from '../form-context.ts';

type ButtonProps = IconButtonProps<FormData, RJSFSchema, FormContext>;

function TextButton({
  label,
  variant,
  registry,
  className,
  iconType: _iconType,
  icon: _icon,
  uiSchema: _uiSchema,
  title: _title,
  ...rest
}: ButtonProps & { label: TranslatableString; variant: 'secondary' | 'warning' }) {
  return (
    <button type="button" className={`button button--small button--${variant} ${className ?? ''}`} {...rest}>
      {registry.translateString(label)}
    </button>
  );
}

/**
 * RJSF's array and object buttons with visible words instead of Bootstrap glyph icons: the
 * runtime has no icon font, and "Pievienot" / "Noņemt" is clearer than a bare plus or cross.
 */
export const TEXT_BUTTON_TEMPLATES = {
  AddButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.AddItemButton} variant="secondary" />
  ),
  CopyButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.CopyButton} variant="secondary" />
  ),
  MoveDownButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.MoveDownButton} variant="secondary" />
  ),
  MoveUpButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.MoveUpButton} variant="secondary" />
  ),
  RemoveButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.RemoveButton} variant="warning" />
  ),
  ClearButton: (props: ButtonProps) => (
    <TextButton {...props} label={TranslatableString.ClearButton} variant="secondary" />
  ),
};
