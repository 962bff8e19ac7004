import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import type { ManagementQuestionsProps } from './management-questions.types';
import { useManagementQuestions } from './use-management-questions';
import { useManagementQuestionsStyles } from './management-questions.styles';

/** "Spørgsmål til ledelsesteamet": each of the card's questions with its own answer and history. */
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
            {group.questions.map((question) => (
              <div key={question.slot} className={styles.questions} data-testid={`question-${question.slot}`}>
                <p className={styles.title}>{question.text}</p>
                {question.answers.length === 0 ? (
                  <p className={styles.muted}>{t('questions.noAnswer')}</p>
                ) : (
                  <ul className={styles.answers}>
                    {question.answers.map((answer) => (
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
                        value={view.drafts[question.slot] ?? ''}
                        onChange={(_e, data) => view.setDraft(question.slot, data.value)}
                        resize="vertical"
                      />
                    </Field>
                    {view.errors[question.slot] && (
                      <MessageBar intent="error">
                        <MessageBarBody>{view.errors[question.slot]}</MessageBarBody>
                      </MessageBar>
                    )}
                    <Button
                      style={{ alignSelf: 'flex-start' }}
                      disabled={!view.drafts[question.slot]?.trim() || view.saving === question.slot}
                      onClick={() => view.save(question.slot)}
                    >
                      {t('questions.save')}
                    </Button>
                  </>
                )}
              </div>
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
