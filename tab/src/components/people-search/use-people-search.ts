import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { DirectoryPerson } from '@ambassadors/shared/ports/people-directory';
import { directoryPersonToUserRef } from '@ambassadors/shared/ports/people-directory';
import { PEOPLE_QUERY_MIN_LENGTH } from '@ambassadors/shared/rules/people-query';
import { useAppContext } from '../../app/app-context';
import { ApiError } from '../../api/api-error';
import type { PeopleSearchProps } from './people-search.types';

/** Typing pauses this long before the directory is asked: one request per word, not per key. */
export const PEOPLE_SEARCH_DEBOUNCE_MS = 300;

/**
 * Find colleagues by name: the server searches the organisation's directory on the leader's
 * behalf (Microsoft Graph inside Teams, the demo directory locally). Debounced; a newer query
 * cancels the one in flight, so results never arrive out of order. The server's message (consent
 * missing, busy, not set up) is shown as it comes, in the leader's language.
 */
export function usePeopleSearch({ programmeId, chosenIds, onChoose, actionLabel }: PeopleSearchProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<DirectoryPerson[]>([]);
  const [nextPage, setNextPage] = useState<string | null>(null);
  const [searched, setSearched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  async function fetchPage(q: string, page: string | null) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    try {
      const { data } = await api.searchPeople({
        params: { id: programmeId },
        query: { q, page },
        signal: controller.signal,
      });
      setPeople((before) => (page ? [...before, ...data.people] : data.people));
      setNextPage(data.nextPage);
      setProblem(null);
      setSearched(true);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setPeople([]);
      setNextPage(null);
      setProblem(error instanceof ApiError ? error.message : t('peopleSearch.failed'));
    } finally {
      if (running.current === controller) setBusy(false);
    }
  }

  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed.length < PEOPLE_QUERY_MIN_LENGTH) {
      running.current?.abort();
      setPeople([]);
      setNextPage(null);
      setSearched(false);
      setProblem(null);
      return;
    }
    const timer = setTimeout(() => void fetchPage(trimmed, null), PEOPLE_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // fetchPage reads only the latest props through the closure of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trimmed, programmeId]);

  useEffect(() => () => running.current?.abort(), []);

  return {
    t,
    query,
    setQuery,
    people,
    busy,
    problem,
    noneFound: searched && !busy && !problem && people.length === 0,
    hasMore: nextPage !== null,
    more: () => {
      if (nextPage) void fetchPage(trimmed, nextPage);
    },
    isChosen: (person: DirectoryPerson) => chosenIds.includes(person.id),
    choose: (person: DirectoryPerson) => onChoose(directoryPersonToUserRef(person)),
    buttonText: (person: DirectoryPerson) =>
      chosenIds.includes(person.id) ? t('peopleSearch.chosen') : (actionLabel ?? t('peopleSearch.add')),
  };
}
