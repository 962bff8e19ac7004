import type { InputProps } from '@fluentui/react-components';

export interface DateInputProps extends Omit<InputProps, 'type' | 'value' | 'onChange' | 'defaultValue'> {
  /** 'date': an ISO day ("2026-03-05"); 'time': "HH:mm". '' when empty. */
  kind?: 'date' | 'time';
  value: string;
  /** Called with the ISO value whenever the text is a real day (or time), and with '' when emptied. */
  onValueChange(value: string): void;
}
