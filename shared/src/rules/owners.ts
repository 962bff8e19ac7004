import { DomainError } from '../errors/domain-error';
import type { UserRef } from '../model/common';
import type { Programme } from '../model/programme';
import { withHistory } from './programme-settings';

/**
 * Leading together: a programme is led by its owners (the management team). Every owner is a
 * leader (roles.ts `roleOf`), so adding an owner gives them the leader's permissions at once and
 * removing one takes them away. A programme always keeps at least one owner, so it can never be
 * left without somebody allowed to run it. Owner changes go into the settings history.
 */
export const MAX_OWNERS = 20;

const names = (owners: readonly UserRef[]) => owners.map((owner) => owner.displayName);

export function addOwner(programme: Programme, owner: UserRef, by: UserRef, now: Date): Programme {
  if (programme.owners.some((o) => o.userId === owner.userId))
    throw new DomainError('OWNER_ALREADY_ADDED', { name: owner.displayName });
  if (programme.owners.length >= MAX_OWNERS) throw new DomainError('OWNERS_LIMIT', { max: MAX_OWNERS });
  const owners = [...programme.owners, owner];
  return withHistory(
    { ...programme, owners },
    [{ field: 'owners', from: names(programme.owners), to: names(owners) }],
    by,
    now,
  );
}

/** Removes an owner by user id; NOT_FOUND when they do not lead it, LAST_OWNER for the last one. */
export function removeOwner(programme: Programme, userId: string, by: UserRef, now: Date): Programme {
  if (!programme.owners.some((o) => o.userId === userId)) throw new DomainError('NOT_FOUND');
  if (programme.owners.length <= 1) throw new DomainError('LAST_OWNER');
  const owners = programme.owners.filter((o) => o.userId !== userId);
  return withHistory(
    { ...programme, owners },
    [{ field: 'owners', from: names(programme.owners), to: names(owners) }],
    by,
    now,
  );
}
