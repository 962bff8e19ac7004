import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { DateInput } from '../../date-input';
import { useTranslation } from '../../../i18n/use-translation';
import type { Cadence } from '@ambassadors/shared/model/cadence';
import type { AgendaHeading } from '@ambassadors/shared/model/programme';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { useFieldError } from '../../form-dialog';

const HEADINGS: AgendaHeading[] = ['progress', 'challenges', 'successes', 'keyMessage'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Step 5 editor: the meeting cadence and the standing agenda. Saving a rhythm does not create
 * meetings by itself; the step then offers to create the year's meetings from it.
 */
export function MeetingsEditor({ value, onChange }: StepEditorProps<'meetings'>) {
  const { t, i18n } = useTranslation();
  const fieldError = useFieldError();
  const styles = useEditStepDialogStyles();
  const cadence: Cadence = value.cadence ?? {
    kind: 'monthly',
    weekOfMonth: 1,
    weekday: 2,
    time: '10:00',
    durationMinutes: 60,
  };
  const agenda = value.agenda ?? HEADINGS;
  const setCadence = (next: Cadence | null) => onChange({ ...value, cadence: next });
  const weekday = (n: number) =>
    new Intl.DateTimeFormat(i18n.language === 'da' ? 'da-DK' : 'en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, n)));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('meetings.cadence')}</legend>
      <div className={styles.row}>
        <Field label={t('editStep.cadenceKind')}>
          <Select
            value={value.cadence ? cadence.kind : 'none'}
            onChange={(_e, d) =>
              setCadence(
                d.value === 'none'
                  ? null
                  : d.value === 'weekly'
                    ? {
                        kind: 'weekly',
                        intervalWeeks: 2,
                        weekday: cadence.weekday,
                        time: cadence.time,
                        durationMinutes: cadence.durationMinutes,
                      }
                    : {
                        kind: 'monthly',
                        weekOfMonth: 1,
                        weekday: cadence.weekday,
                        time: cadence.time,
                        durationMinutes: cadence.durationMinutes,
                      },
              )
            }
          >
            <option value="none">{t('meetings.noCadence')}</option>
            <option value="monthly">{t('editStep.monthly')}</option>
            <option value="weekly">{t('editStep.weekly')}</option>
          </Select>
        </Field>
        {value.cadence && cadence.kind === 'monthly' && (
          <Field {...fieldError('cadence.weekOfMonth')} label={t('editStep.weekOfMonth')}>
            <Select
              value={String(cadence.weekOfMonth)}
              onChange={(_e, d) =>
                setCadence({ ...cadence, weekOfMonth: Number(d.value) as 1 | 2 | 3 | 4 | -1 })
              }
            >
              {[1, 2, 3, 4, -1].map((n) => (
                <option key={n} value={n}>
                  {t(`meetings.nth.${n}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {value.cadence && cadence.kind === 'weekly' && (
          <Field {...fieldError('cadence.intervalWeeks')} label={t('editStep.intervalWeeks')}>
            <Input
              type="number"
              min={1}
              max={12}
              value={String(cadence.intervalWeeks)}
              onChange={(_e, d) =>
                setCadence({ ...cadence, intervalWeeks: Math.max(1, Number(d.value) || 1) })
              }
            />
          </Field>
        )}
        {value.cadence && (
          <>
            <Field {...fieldError('cadence.weekday')} label={t('editStep.weekday')}>
              <Select
                value={String(cadence.weekday)}
                onChange={(_e, d) => setCadence({ ...cadence, weekday: Number(d.value) })}
              >
                {WEEKDAYS.map((n) => (
                  <option key={n} value={n}>
                    {weekday(n)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field {...fieldError('cadence.time')} label={t('editStep.time')}>
              <DateInput
                kind="time"
                value={cadence.time}
                onValueChange={(v) => setCadence({ ...cadence, time: v })}
              />
            </Field>
          </>
        )}
      </div>
      <span className={styles.legend}>{t('meetings.agenda')}</span>
      {HEADINGS.map((h) => (
        <Checkbox
          key={h}
          label={t(`agenda.${h}`)}
          checked={agenda.includes(h)}
          onChange={(_e, d) =>
            onChange({
              ...value,
              agenda: d.checked
                ? HEADINGS.filter((x) => x === h || agenda.includes(x))
                : agenda.filter((x) => x !== h),
            })
          }
        />
      ))}
      {value.cadence && <p>{t('editStep.cadenceCreatesMeetings')}</p>}
    </fieldset>
  );
}
