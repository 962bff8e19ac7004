import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import type { ManagementQuestionsProps } from './management-questions.types';
import { useManagementQuestions } from './use-management-questions';
import { useManagementQuestionsStyles } from './management-questions.styles';

/** "Spørgsmål til ledelsesteamet": the card's three questions and the team's stamped answers. */
export function ManagementQuestions(props: ManagementQuestionsProps) {
  const view = useManagementQuestions(props);
  const styles = useManagementQuestionsStyles();
  const { t } = view;
  return (
    <section aria-labelledby="mq-heading">
      <h2 id="mq-heading">{t('questions.heading')}</h2>
      <div className={styles.grid}>
        {view.groups.map((group) => (
          <article
            key={group.key}
            className={styles.group}
            aria-labelledby={`mq-${group.key}`}
            data-testid={`question-${group.key}`}
          >
            <h3 id={`mq-${group.key}`} className={styles.title}>
              {group.title}
            </h3>
            <ul className={styles.questions}>
              {group.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
            {group.answers.length === 0 ? (
              <p className={styles.muted}>{t('questions.noAnswer')}</p>
            ) : (
              <ul className={styles.answers}>
                {group.answers.map((answer) => (
                  <li key={`${answer.at}-${answer.by.userId}`}>
                    <p className={styles.answer}>{answer.text}</p>
                    <span className={styles.muted}>
                      {t('questions.answeredBy', { name: answer.by.displayName, date: answer.date })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {/* A closed programme's answers are final: no form. */}
            {!props.board.closure && (
              <>
                <Field label={t('questions.addAnswer')}>
                  <Textarea
                    value={view.drafts[group.key] ?? ''}
                    onChange={(_e, data) => view.setDraft(group.key, data.value)}
                    resize="vertical"
                  />
                </Field>
                {view.errors[group.key] && (
                  <MessageBar intent="error">
                    <MessageBarBody>{view.errors[group.key]}</MessageBarBody>
                  </MessageBar>
                )}
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  disabled={!view.drafts[group.key]?.trim() || view.saving === group.key}
                  onClick={() => view.save(group.key)}
                >
                  {t('questions.save')}
                </Button>
              </>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
