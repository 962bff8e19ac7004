import fc from 'fast-check';
import { matchesPeopleQuery, peopleSearchQuerySchema } from '@ambassadors/shared/rules/people-query';
import { DEMO_DIRECTORY } from '@ambassadors/shared/seed/demo-directory';
import { directoryPersonToUserRef } from '@ambassadors/shared/ports/people-directory';
import { userRefSchema } from '@ambassadors/shared';

/** Name search as Graph's `$search` on displayName/mail does it: word prefixes, any case. */
describe('people search query', () => {
  const word = fc.stringMatching(/^[A-Za-zÆØÅæøå]{1,12}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

  it('finds a person by the start of any word of the name, in any case', () => {
    fc.assert(
      fc.property(
        name,
        fc.nat(),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (displayName, pick, len, upper) => {
          const words = displayName.split(' ');
          const chosen = words[pick % words.length]!;
          const prefix = chosen.slice(0, len);
          const query = upper ? prefix.toUpperCase() : prefix.toLowerCase();
          expect(matchesPeopleQuery({ displayName }, query)).toBe(true);
        },
      ),
    );
  });

  it('needs every word of the query to start a word of the same field', () => {
    fc.assert(
      fc.property(name, word, (displayName, extra) => {
        const words = displayName.toLowerCase().split(' ');
        fc.pre(!words.some((w) => w.startsWith(extra.toLowerCase())));
        expect(matchesPeopleQuery({ displayName }, `${words[0]} ${extra}`)).toBe(false);
      }),
    );
  });

  it('matches inside a word never, and the mail address by its parts', () => {
    expect(matchesPeopleQuery({ displayName: 'Jonas Berg' }, 'nas')).toBe(false);
    expect(matchesPeopleQuery({ displayName: 'X', mail: 'jonas.berg@contoso.com' }, 'berg')).toBe(true);
  });

  it('searches the demo directory like Graph: "jo" finds Jonas Berg and Jonna Bech', () => {
    const found = DEMO_DIRECTORY.filter((p) => matchesPeopleQuery(p, 'jo')).map((p) => p.displayName);
    expect(found.sort()).toEqual(['Jonas Berg', 'Jonna Bech']);
    expect(
      DEMO_DIRECTORY.filter((p) => matchesPeopleQuery(p, 'jo be'))
        .map((p) => p.displayName)
        .sort(),
    ).toEqual(['Jonas Berg', 'Jonna Bech']);
  });

  it('accepts 2 to 100 characters after trimming, and drops the characters that break $search', () => {
    expect(peopleSearchQuerySchema.safeParse({ q: ' a ' }).success).toBe(false);
    expect(peopleSearchQuerySchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
    expect(peopleSearchQuerySchema.safeParse({}).success).toBe(false);
    expect(peopleSearchQuerySchema.parse({ q: '  Jo  ' }).q).toBe('Jo');
    expect(peopleSearchQuerySchema.parse({ q: 'Jo" OR "x\\' }).q).toBe('Jo OR x');
    expect(peopleSearchQuerySchema.safeParse({ q: '""' }).success).toBe(false);
  });

  it('keeps the sign-in name when a found person is chosen', () => {
    const jonas = DEMO_DIRECTORY.find((p) => p.displayName === 'Jonas Berg')!;
    expect(userRefSchema.parse(directoryPersonToUserRef(jonas))).toEqual({
      userId: 'local-amb-1',
      displayName: 'Jonas Berg',
      upn: 'jonas.berg@demo.example',
    });
    expect(userRefSchema.safeParse({ userId: 'x', displayName: 'X', upn: 'not an address' }).success).toBe(
      false,
    );
  });
});
