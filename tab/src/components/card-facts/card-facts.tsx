import { mergeClasses } from '@fluentui/react-components';
import type { CardFactsProps } from './card-facts.types';
import { useCardFacts } from './use-card-facts';
import { useCardFactsStyles } from './card-facts.styles';

/** The card's facts (time, participants, tags), purpose, quote and fact box. */
export function CardFacts({ compact }: CardFactsProps) {
  const view = useCardFacts();
  const styles = useCardFactsStyles();
  const { t } = view;
  return (
    <section aria-labelledby="card-heading">
      <h2 id="card-heading">{t('card.heading', { title: view.title })}</h2>
      <div className={styles.root}>
        <article className={styles.panel} aria-label={t('card.facts')}>
          <p className={styles.text}>
            <strong>{view.headline}</strong>
          </p>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('card.time')}</dt>
            <dd className={styles.value}>{view.duration}</dd>
            <dt className={styles.term}>{t('card.participants')}</dt>
            <dd className={styles.value}>{view.participants}</dd>
            <dt className={styles.term}>{t('card.tags')}</dt>
            <dd className={styles.value}>{view.tags}</dd>
          </dl>
          {!compact && <p className={styles.text}>{view.purpose}</p>}
        </article>
        {!compact && (
          <article className={styles.panel} aria-label={t('card.quote')}>
            <blockquote className={styles.quote}>{view.quote}</blockquote>
            <span className={styles.attribution}>{view.attribution}</span>
            {view.explanation.map((p) => (
              <p key={p} className={styles.text}>
                {p}
              </p>
            ))}
          </article>
        )}
        <article
          className={mergeClasses(styles.panel, styles.factBox)}
          aria-labelledby="fact-box-title"
          data-testid="fact-box"
        >
          <h3 id="fact-box-title" className={styles.title}>
            {t('card.factBox')}: {view.factBoxTitle}
          </h3>
          <p className={styles.text}>{view.factBoxText}</p>
        </article>
      </div>
    </section>
  );
}
