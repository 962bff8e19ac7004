import type { UserRef } from '../model/common';

/**
 * Who a Teams meeting invitation reaches. Teams' new-meeting deep link resolves attendees by
 * their sign-in name (UPN), so a person with one — found in the directory, or invited from it
 * before they applied — is invited by it. A person the product knows only by object id keeps
 * that id in the list (the leader sees the name in Teams' form and can fix it there) and is
 * reported in `withoutUpn`. Each person once.
 */
export function meetingInviteAddresses(people: readonly UserRef[]): {
  addresses: string[];
  withoutUpn: UserRef[];
} {
  const addresses: string[] = [];
  const withoutUpn: UserRef[] = [];
  for (const person of people) {
    const address = person.upn ?? person.userId;
    if (addresses.some((a) => a.toLowerCase() === address.toLowerCase())) continue;
    addresses.push(address);
    if (!person.upn) withoutUpn.push(person);
  }
  return { addresses, withoutUpn };
}
