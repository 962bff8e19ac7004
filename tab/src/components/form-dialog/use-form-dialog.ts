import type { FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { FormDialogProps } from './form-dialog.types';

export function useFormDialog({ onSubmit, canSubmit, saving }: FormDialogProps) {
  const { t } = useTranslation();
  return {
    t,
    handleSubmit: (event: FormEvent) => {
      event.preventDefault();
      if (canSubmit && !saving) onSubmit();
    },
  };
}
