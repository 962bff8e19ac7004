import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { CheckInDialogProps } from './check-in-dialog.types';
import { useCheckInDialog } from './use-check-in-dialog';
import { useCheckInDialogStyles } from './check-in-dialog.styles';

export function CheckInDialog(props: CheckInDialogProps) {
  const view = useCheckInDialog(props);
  const styles = useCheckInDialogStyles();
  const { t, draft, patch } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('checkIn.title')}
      submitLabel={t('checkIn.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
      wide
      intro={
        <MessageBar intent="warning" data-testid="privacy-warning">
          <MessageBarBody>
            <MessageBarTitle>{t('checkIn.warningTitle')}</MessageBarTitle>
            {t('checkIn.warning')}
            {view.visibility && <p data-testid="check-in-visibility">{view.visibility}</p>}
          </MessageBarBody>
        </MessageBar>
      }
    >
      <Field {...fieldError('alignment')} label={t('checkIn.alignment')} required>
        <RadioGroup
          layout="horizontal"
          value={draft.alignment === null ? '' : String(draft.alignment)}
          onChange={(_e, d) => patch({ alignment: Number(d.value) })}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={t(`checkIn.alignmentLevel.${n}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field {...fieldError('progress')} label={t('agenda.progress')}>
        <Textarea value={draft.progress} onChange={(_e, d) => patch({ progress: d.value })} />
      </Field>
      <Field {...fieldError('challenges')} label={t('agenda.challenges')}>
        <Textarea value={draft.challenges} onChange={(_e, d) => patch({ challenges: d.value })} />
      </Field>
      <Field {...fieldError('successes')} label={t('agenda.successes')}>
        <Textarea value={draft.successes} onChange={(_e, d) => patch({ successes: d.value })} />
      </Field>
      {draft.situations.map((s, i) => (
        <div
          key={i}
          className={styles.situation}
          role="group"
          aria-label={t('checkIn.situationN', { n: i + 1 })}
        >
          {view.agreedThemes.length > 0 && (
            <Field label={t('checkIn.agreedTheme')}>
              <Select
                value={view.isAgreed(s.theme) ? s.theme : ''}
                onChange={(_e, d) =>
                  patch({
                    situations: draft.situations.map((x, j) => (j === i ? { ...x, theme: d.value } : x)),
                  })
                }
              >
                <option value="">–</option>
                {view.agreedThemes.map((theme) => (
                  <option key={theme} value={theme}>
                    {theme}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field
            label={view.agreedThemes.length > 0 ? t('checkIn.otherTheme') : t('checkIn.theme')}
            hint={t('checkIn.themeHint')}
          >
            <Input
              value={view.isAgreed(s.theme) ? '' : s.theme}
              onChange={(_e, d) =>
                patch({
                  situations: draft.situations.map((x, j) => (j === i ? { ...x, theme: d.value } : x)),
                })
              }
            />
          </Field>
          <Field label={t('checkIn.situation')}>
            <Textarea
              value={s.description}
              onChange={(_e, d) =>
                patch({
                  situations: draft.situations.map((x, j) => (j === i ? { ...x, description: d.value } : x)),
                })
              }
            />
          </Field>
        </div>
      ))}
      {draft.situations.length < 10 && (
        <Button
          style={{ alignSelf: 'flex-start' }}
          onClick={() => patch({ situations: [...draft.situations, { theme: '', description: '' }] })}
        >
          {t('checkIn.addSituation')}
        </Button>
      )}
      <Field label={t('checkIn.changeCourse')}>
        <RadioGroup
          layout="horizontal"
          value={draft.changeCourse}
          onChange={(_e, d) => patch({ changeCourse: d.value as 'yes' | 'no' | 'unsure' })}
        >
          <Radio value="yes" label={t('checkIn.yes')} />
          <Radio value="no" label={t('checkIn.no')} />
          <Radio value="unsure" label={t('checkIn.unsure')} />
        </RadioGroup>
      </Field>
      {draft.changeCourse === 'yes' && (
        <Field {...fieldError('changeCourseSuggestion')} label={t('checkIn.suggestion')}>
          <Textarea
            value={draft.changeCourseSuggestion}
            onChange={(_e, d) => patch({ changeCourseSuggestion: d.value })}
          />
        </Field>
      )}
    </FormDialog>
  );
}
