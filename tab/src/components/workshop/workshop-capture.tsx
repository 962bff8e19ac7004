import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { WorkshopCaptureProps } from './workshop.types';
import { useWorkshopCapture } from './use-workshop-capture';
import { useWorkshopStyles } from './workshop.styles';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];

/** The inline capture form of the agenda item in focus: it saves straight into the programme. */
export function WorkshopCapture(props: WorkshopCaptureProps) {
  const c = useWorkshopCapture(props);
  const styles = useWorkshopStyles();
  const { t, f, set } = c;
  const text = (name: string, label: string, extra: { type?: 'number' | 'date' | 'time' } = {}) => (
    <Field label={label}>
      <Input type={extra.type ?? 'text'} value={f[name] ?? ''} onChange={(_e, d) => set(name)(d.value)} />
    </Field>
  );
  const area = (name: string, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Textarea value={f[name] ?? ''} onChange={(_e, d) => set(name)(d.value)} resize="vertical" />
    </Field>
  );
  const save = (
    <Button appearance="primary" disabled={props.busy} onClick={c.save} style={{ alignSelf: 'flex-start' }}>
      {t('workshop.capture.save')}
    </Button>
  );

  if (c.questions)
    return (
      <div className={styles.capture} data-testid="workshop-capture">
        {c.questions.map((q) => (
          <div key={q.index} className={styles.capture}>
            <Field label={q.text}>
              <Textarea
                value={c.answers[q.index] ?? ''}
                onChange={(_e, d) => c.setAnswer(q.index, d.value)}
                resize="vertical"
              />
            </Field>
            {q.answers.length > 0 && (
              <ul className={styles.list} aria-label={t('workshop.capture.answersSoFar')}>
                {q.answers.map((answer, i) => (
                  <li key={i}>{answer}</li>
                ))}
              </ul>
            )}
            <Button
              appearance="primary"
              style={{ alignSelf: 'flex-start' }}
              disabled={props.busy || !c.answers[q.index]?.trim()}
              onClick={() => void c.saveAnswer(q.index)}
            >
              {t('workshop.capture.saveAnswer')}
            </Button>
          </div>
        ))}
      </div>
    );

  switch (props.item) {
    case 'taskPlan':
      return (
        <div className={styles.capture} data-testid="workshop-capture">
          {c.tasks.length > 0 && (
            <ul className={styles.list} aria-label={t('workshop.capture.tasksSoFar')}>
              {c.tasks.map((task) => (
                <li key={task.id}>
                  {t('workshop.capture.taskLine', { title: task.title, hours: task.hoursPerMonth })}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.row}>
            {text('taskTitle', t('workshop.capture.taskTitle'))}
            {text('taskHours', t('workshop.capture.hoursPerMonth'), { type: 'number' })}
          </div>
          {save}
        </div>
      );
    case 'posting':
      return (
        <div className={styles.capture} data-testid="workshop-capture">
          {text('postingTitle', t('workshop.capture.postingTitle'))}
          {area(
            'postingResponsibilities',
            t('workshop.capture.responsibilities'),
            t('workshop.capture.onePerLine'),
          )}
          {area('postingExpectations', t('workshop.capture.expectations'), t('workshop.capture.onePerLine'))}
          <div className={styles.row}>
            {text('postingHours', t('workshop.capture.hoursPerMonth'), { type: 'number' })}
            {text('postingTerm', t('workshop.capture.termMonths'), { type: 'number' })}
            {text('postingDeadline', t('workshop.capture.deadline'), { type: 'date' })}
          </div>
          <p className={styles.total}>{t('workshop.capture.postingDraft')}</p>
          {save}
        </div>
      );
    case 'agreement':
      return (
        <div className={styles.capture} data-testid="workshop-capture">
          {area('role', t('workshop.capture.role'))}
          {area(
            'templateResponsibilities',
            t('workshop.capture.responsibilities'),
            t('workshop.capture.onePerLine'),
          )}
          {area('templateExpectations', t('workshop.capture.expectations'), t('workshop.capture.onePerLine'))}
          {text('templateHours', t('workshop.capture.hoursPerMonth'), { type: 'number' })}
          {area('themes', t('workshop.capture.themes'), t('workshop.capture.onePerLine'))}
          {area('situations', t('workshop.capture.situations'))}
          {save}
        </div>
      );
    case 'training':
      return (
        <div className={styles.capture} data-testid="workshop-capture">
          {c.modules.length > 0 && (
            <ul className={styles.list} aria-label={t('workshop.capture.modulesSoFar')}>
              {c.modules.map((module) => (
                <li key={module.id}>{module.title}</li>
              ))}
            </ul>
          )}
          {text('moduleTitle', t('workshop.capture.moduleTitle'))}
          {save}
        </div>
      );
    case 'meetings':
      return (
        <div className={styles.capture} data-testid="workshop-capture">
          <div className={styles.row}>
            <Field label={t('workshop.capture.cadenceKind')}>
              <Select value={f.cadenceKind} onChange={(_e, d) => set('cadenceKind')(d.value)}>
                <option value="monthly">{t('workshop.capture.monthly')}</option>
                <option value="weekly">{t('workshop.capture.weekly')}</option>
              </Select>
            </Field>
            {f.cadenceKind === 'weekly' ? (
              text('intervalWeeks', t('workshop.capture.intervalWeeks'), { type: 'number' })
            ) : (
              <Field label={t('workshop.capture.weekOfMonth')}>
                <Select value={f.weekOfMonth} onChange={(_e, d) => set('weekOfMonth')(d.value)}>
                  {['1', '2', '3', '4', '-1'].map((n) => (
                    <option key={n} value={n}>
                      {t(`workshop.capture.nth.${n}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t('workshop.capture.weekday')}>
              <Select value={f.weekday} onChange={(_e, d) => set('weekday')(d.value)}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`workshop.capture.weekdays.${d}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {text('time', t('workshop.capture.time'), { type: 'time' })}
          </div>
          {save}
        </div>
      );
    default:
      return null;
  }
}
