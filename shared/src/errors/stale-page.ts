import { invalidInput, type DomainError } from './domain-error';

/**
 * A page cursor this server did not hand out (or one from a search since replaced): said to a
 * person as "search again", not as the name of a query parameter.
 */
export function invalidPageCursor(): DomainError {
  return invalidInput({
    da: 'den side af resultaterne findes ikke længere — søg igen',
    en: 'that page of results no longer exists — search again',
  });
}
