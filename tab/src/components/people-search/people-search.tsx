import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import type { PeopleSearchProps } from './people-search.types';
import { usePeopleSearch } from './use-people-search';
import { usePeopleSearchStyles } from './people-search.styles';

/** "Find people by name": a search field and the people found, each with a button to choose them. */
export function PeopleSearch(props: PeopleSearchProps) {
  const view = usePeopleSearch(props);
  const styles = usePeopleSearchStyles();
  const { t } = view;
  return (
    <div className={styles.root} data-testid="people-search">
      <Field label={t('peopleSearch.label')} hint={t('peopleSearch.hint')}>
        <Input
          type="search"
          value={view.query}
          maxLength={100}
          onChange={(_e, d) => view.setQuery(d.value)}
          contentAfter={
            view.busy ? <Spinner size="extra-tiny" aria-label={t('peopleSearch.searching')} /> : undefined
          }
        />
      </Field>
      {view.problem && (
        <p className={styles.problem} role="alert">
          {view.problem}
        </p>
      )}
      <p className={styles.hint} role="status">
        {view.noneFound
          ? t('peopleSearch.none')
          : view.people.length > 0
            ? t('peopleSearch.found', { count: view.people.length })
            : ''}
      </p>
      {view.people.length > 0 && (
        <ul className={styles.list} aria-label={t('peopleSearch.results')}>
          {view.people.map((person) => (
            <li key={person.id} className={styles.item}>
              <span className={styles.who}>
                <span className={styles.name}>{person.displayName}</span>
                <span className={styles.detail}>
                  {[person.jobTitle, person.mail ?? person.upn].filter(Boolean).join(' · ')}
                </span>
              </span>
              <Button
                disabled={view.isChosen(person)}
                onClick={() => view.choose(person)}
                // The visible verb starts the name, so voice control users can say what they see.
                aria-label={`${view.buttonText(person)}: ${person.displayName}`}
              >
                {view.buttonText(person)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {view.hasMore && (
        <Button appearance="subtle" style={{ alignSelf: 'flex-start' }} onClick={view.more}>
          {t('peopleSearch.more')}
        </Button>
      )}
    </div>
  );
}
