export { PeopleSearch } from './people-search';
export type { PeopleSearchProps } from './people-search.types';
