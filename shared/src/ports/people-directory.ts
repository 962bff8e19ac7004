import type { UserRef } from '../model/common';

/**
 * A colleague found in the organisation's directory: as much as a leader needs to tell two
 * people with the same name apart and to reach the one chosen — nothing more is read.
 */
export interface DirectoryPerson {
  /** The Entra object id: the product's `userId`. */
  id: string;
  displayName: string;
  /** The sign-in name (userPrincipalName): the address a Teams meeting invitation goes to. */
  upn: string;
  mail: string | null;
  jobTitle: string | null;
}

/** One page of a search; `nextPage` is opaque and null on the last page. */
export interface PeoplePage {
  people: DirectoryPerson[];
  nextPage: string | null;
  /** Where the people came from: the organisation's directory, or the local demo's colleagues. */
  source: 'graph' | 'demo';
}

/**
 * Who searches: tenant and user from the verified token, never from the request, and that
 * token itself — the directory is read on the person's behalf, with their rights, not the app's.
 */
export interface DirectorySearcher {
  tenantId: string;
  userId: string;
  /** The caller's single sign-on token (exchanged on-behalf-of); null in local mode. */
  userToken: string | null;
}

/**
 * The organisation's people directory, searched by name. Failures are DomainErrors from the
 * catalogue (consent missing, busy, unavailable), so a leader always gets a message and the
 * manual entry still works.
 */
export interface PeopleDirectory {
  readonly source: PeoplePage['source'];
  search(searcher: DirectorySearcher, query: string, page: string | null): Promise<PeoplePage>;
}

/** The person as the product stores them once chosen: id, name and the sign-in name for meetings. */
export function directoryPersonToUserRef(person: DirectoryPerson): UserRef {
  return { userId: person.id, displayName: person.displayName, upn: person.upn };
}
