import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { fieldErrorsOf } from '../form-dialog';
import type { OpenSituationsProps } from './open-situations.types';
import { useOpenSituations } from './use-open-situations';
import { useOpenSituationsStyles } from './open-situations.styles';

const OUTCOME_COLOR = { changeCourse: 'important', keepCourse: 'success', explain: 'informative' } as const;

/** Open situations in the feedback watch-out: raise (ambassadors), read and answer (leaders). */
export function OpenSituations(props: OpenSituationsProps) {
  const view = useOpenSituations(props);
  const styles = useOpenSituationsStyles();
  const { t, draft, patch } = view;
  if (!view.visible) return null;
  const fieldError = fieldErrorsOf(view.raiseProblem);
  const answerError = fieldErrorsOf(view.answerProblem);
  return (
    <div className={styles.root} data-testid="open-situations">
      <span className={styles.name}>{t('openSituation.heading')}</span>
      <p className={styles.muted}>{t('openSituation.intro')}</p>
      {view.canRaise && !view.raising && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => view.setRaising(true)}>
          {t('openSituation.open')}
        </Button>
      )}
      {view.canRaise && view.raising && (
        <form
          className={styles.form}
          aria-label={t('openSituation.open')}
          onSubmit={(e) => {
            e.preventDefault();
            view.raise();
          }}
        >
          <MessageBar intent="warning">
            <MessageBarBody>{t('openSituation.warning')}</MessageBarBody>
          </MessageBar>
          <Field
            {...fieldError('theme')}
            label={t('openSituation.theme')}
            hint={t('checkIn.themeHint')}
            required
          >
            <Input
              value={draft.theme}
              list="open-situation-themes"
              onChange={(_e, d) => patch({ theme: d.value })}
            />
          </Field>
          <datalist id="open-situation-themes">
            {view.agreedThemes.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
          <Field {...fieldError('situation')} label={t('openSituation.situation')} required>
            <Textarea value={draft.situation} onChange={(_e, d) => patch({ situation: d.value })} />
          </Field>
          <Field {...fieldError('raisedAs')} label={t('openSituation.raisedAs')}>
            <RadioGroup
              value={draft.raisedAs}
              onChange={(_e, d) => patch({ raisedAs: d.value as 'named' | 'group' })}
            >
              <Radio value="named" label={t('openSituation.asNamed')} />
              <Radio value="group" label={t('openSituation.asGroup')} disabled={view.meetings.length === 0} />
            </RadioGroup>
          </Field>
          {draft.raisedAs === 'group' && (
            <>
              <Field {...fieldError('meetingId')} label={t('openSituation.meeting')} required>
                <Select value={draft.meetingId} onChange={(_e, d) => patch({ meetingId: d.value })}>
                  <option value="">{t('openSituation.chooseMeeting')}</option>
                  {view.meetings.map((m) => (
                    <option key={m.meetingId} value={m.meetingId}>
                      {view.formatDateTime(m.scheduledAt)}
                      {m.agreements.length > 0 ? ` · ${m.agreements.map((a) => a.theme).join(', ')}` : ''}
                    </option>
                  ))}
                </Select>
              </Field>
              {view.chosenMeeting && !view.agreedHere && draft.theme.trim() && (
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  onClick={view.recordAgreement}
                  disabled={view.raiseSaving}
                >
                  {t('openSituation.recordAgreement', { theme: draft.theme.trim() })}
                </Button>
              )}
              {view.agreedHere && (
                <span className={styles.muted}>
                  {t('openSituation.agreed', { theme: draft.theme.trim() })}
                </span>
              )}
            </>
          )}
          {view.raiseProblem && (
            <MessageBar intent="error">
              <MessageBarBody>{view.raiseProblem.message}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={!view.canSubmitRaise || view.raiseSaving}>
              {t('openSituation.submit')}
            </Button>
            <Button onClick={() => view.setRaising(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      )}
      {view.situations.length === 0 ? (
        <p className={styles.muted}>{t('openSituation.none')}</p>
      ) : (
        <ul className={styles.list}>
          {view.situations.map((s) => (
            <li key={s.id} className={styles.item} data-testid="open-situation">
              <div className={styles.row}>
                <span className={styles.name}>{s.theme}</span>
                <span className={styles.muted}>
                  {t('openSituation.raisedBy', {
                    name: view.raisedByText(s),
                    date: view.formatDate(s.raisedAt),
                  })}
                </span>
              </div>
              <p className={styles.text}>{s.situation}</p>
              {s.meetingAt && (
                <span className={styles.muted}>
                  {t('openSituation.agreedAt', { date: view.formatDate(s.meetingAt) })}
                </span>
              )}
              {s.answer ? (
                <div data-testid="open-situation-answer">
                  <div className={styles.row}>
                    <span className={styles.name}>{t('openSituation.weDid')}</span>
                    <Badge appearance="tint" color={OUTCOME_COLOR[s.answer.outcome]}>
                      {t(`outcome.${s.answer.outcome}`)}
                    </Badge>
                  </div>
                  <p className={styles.text}>{s.answer.explanation}</p>
                  <span className={styles.muted}>
                    {t('watchOuts.decisionByPlain', {
                      name: s.answer.by.displayName,
                      date: view.formatDate(s.answer.at),
                    })}
                  </span>
                </div>
              ) : view.canAnswer ? (
                <form
                  className={styles.form}
                  aria-label={t('openSituation.answerLabel', { theme: s.theme })}
                  onSubmit={(e) => {
                    e.preventDefault();
                    view.answer(s.id);
                  }}
                >
                  <Field label={t('decision.outcome')}>
                    <RadioGroup
                      layout="horizontal"
                      value={view.answerOf(s.id).outcome}
                      onChange={(_e, d) =>
                        view.patchAnswer(s.id, {
                          outcome: d.value as 'changeCourse' | 'keepCourse' | 'explain',
                        })
                      }
                    >
                      <Radio value="changeCourse" label={t('outcome.changeCourse')} />
                      <Radio value="keepCourse" label={t('outcome.keepCourse')} />
                      <Radio value="explain" label={t('outcome.explain')} />
                    </RadioGroup>
                  </Field>
                  <Field
                    {...answerError('explanation')}
                    label={t('decision.explanation')}
                    hint={t('decision.explanationHint')}
                  >
                    <Textarea
                      value={view.answerOf(s.id).explanation}
                      onChange={(_e, d) => view.patchAnswer(s.id, { explanation: d.value })}
                    />
                  </Field>
                  {view.answerProblem && (
                    <MessageBar intent="error">
                      <MessageBarBody>{view.answerProblem.message}</MessageBarBody>
                    </MessageBar>
                  )}
                  <Button
                    appearance="primary"
                    type="submit"
                    style={{ alignSelf: 'flex-start' }}
                    disabled={!view.answerOf(s.id).explanation.trim() || view.answerSaving}
                  >
                    {t('openSituation.answer')}
                  </Button>
                </form>
              ) : (
                <span className={styles.muted}>{t('openSituation.waiting')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
