import { invalidPageCursor } from '@ambassadors/shared';
import type { PeopleDirectory } from '@ambassadors/shared/ports/people-directory';
import { matchesPeopleQuery } from '@ambassadors/shared/rules/people-query';
import { DEMO_DIRECTORY } from '@ambassadors/shared/seed/demo-directory';

/**
 * Local mode's directory: the demo organisation, searched with the same word-prefix matching
 * Graph's `$search` has, and paged like it, so the tab behaves as it will in Teams.
 */
export function createDemoPeopleDirectory(pageSize = 10): PeopleDirectory {
  return {
    source: 'demo',
    async search(_searcher, query, cursor) {
      const offset = cursor === null ? 0 : Number(cursor);
      if (!Number.isInteger(offset) || offset < 0) throw invalidPageCursor();
      const found = DEMO_DIRECTORY.filter((person) => matchesPeopleQuery(person, query));
      return {
        people: found.slice(offset, offset + pageSize),
        nextPage: offset + pageSize < found.length ? String(offset + pageSize) : null,
        source: 'demo',
      };
    },
  };
}
