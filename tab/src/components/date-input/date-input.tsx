import { Input } from '@fluentui/react-components';
import type { DateInputProps } from './date-input.types';
import { useDateInput } from './use-date-input';
import { useDateInputStyles } from './date-input.styles';

/** A day (or a time of day) written the way the app's language writes it, whatever the browser's locale. */
export function DateInput(props: DateInputProps) {
  const { kind: _kind, value: _value, onValueChange: _onValueChange, onBlur, className, ...rest } = props;
  const view = useDateInput(props);
  const styles = useDateInputStyles();
  return (
    <Input
      {...rest}
      type="text"
      inputMode={props.kind === 'time' ? 'numeric' : 'text'}
      lang={view.lang}
      className={className ?? (props.kind === 'time' ? styles.time : styles.date)}
      placeholder={view.placeholder}
      value={view.text}
      onChange={(_e, d) => view.change(d.value)}
      onBlur={(e) => {
        view.blur();
        onBlur?.(e);
      }}
    />
  );
}
