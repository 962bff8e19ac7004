import { allTextKeys, text } from '../../../bot/src/cards/card-texts';
import {
  describeWithBrowser,
  collectPageErrors,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../../support/chromium';
import { allCards } from './card-catalogue';
import { renderCards } from '../../support/adaptive-card-render';

interface CardCheck {
  name: string;
  parseEvents: string[];
  validationEvents: string[];
  renderedText: string;
  inputs: number;
}

describe('every card the bot sends', () => {
  const cards = allCards();

  it('is Adaptive Card 1.5 with no unresolved template expressions, and every text exists in Danish and English', () => {
    for (const { name, card } of cards) {
      expect(card.version).toBe('1.5');
      expect(card.type).toBe('AdaptiveCard');
      expect({ name, unresolved: JSON.stringify(card).match(/\$\{[^}]*\}/g) }).toEqual({
        name,
        unresolved: null,
      });
    }
    for (const key of allTextKeys()) {
      expect(text(key, 'da').length).toBeGreaterThan(0);
      expect(text(key, 'en').length).toBeGreaterThan(0);
    }
    const actionable = cards.filter((c) => JSON.stringify(c.card).includes('Action.Execute'));
    for (const { card } of actionable) {
      for (const action of (card.actions as any[]).filter((a) => a.type === 'Action.Execute')) {
        expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: action.data });
        expect(action.data.verb).toBe(action.verb);
      }
    }
  });

  it('carries the inviting leader’s note on the invitation, escaped for card markdown', () => {
    const posting = cards.find((c) => c.name === 'reminder:postingAnnouncement' && c.locale === 'en')!;
    const texts = JSON.stringify(posting.card);
    expect(texts).toContain('A note from Lene Leder:');
    expect(texts).toContain('\\\\*rigtig\\\\*');
    expect(texts).toContain('\\\\[opslaget\\\\]');
    expect(texts).not.toContain('{{DATE');
  });

  it('the check-in card tells the ambassador who sees the answers, from how many people, and when they are deleted', () => {
    const checkIn = (locale: string) =>
      JSON.stringify(cards.find((c) => c.name === 'reminder:checkInRequest' && c.locale === locale)!.card);
    // the catalogue's sample data has thresholds 6/12, retention 9 months, one per 21 days
    expect(checkIn('en')).toContain(
      "Only the programme's leaders see your answers, and only added up with other ambassadors': figures once at least 6 different ambassadors have answered, free text once at least 12 have",
    );
    expect(checkIn('en')).toContain(
      'deleted 9 months after your term ends. You can send one check-in every 21 days.',
    );
    expect(checkIn('da')).toContain(
      'tal, når mindst 6 forskellige ambassadører har svaret, fritekst, når mindst 12 har',
    );
    expect(checkIn('da')).toContain('slettes 9 måneder efter');
  });

  describeWithBrowser('in headless Chromium with the adaptivecards parser and renderer', () => {
    let chromium: LaunchedChromium | null = null;
    let results: CardCheck[] = [];
    let pageErrors: string[] = [];

    beforeAll(async () => {
      chromium = await launchChromium();
      const context = await chromium.browser.newContext();
      await keepOffline(context);
      const page = await context.newPage();
      pageErrors = collectPageErrors(page);
      results = (
        await renderCards(
          page,
          cards.map(({ name, locale, card }) => ({ name: `${name} (${locale})`, card })),
        )
      ).map((r) => ({ ...r, renderedText: r.text }));
    }, 60_000);

    afterAll(async () => {
      await chromium?.close();
    });

    it('parses and validates without a single event, and renders visible text', () => {
      expect(results).toHaveLength(cards.length);
      for (const r of results) {
        expect({ name: r.name, parse: r.parseEvents, validate: r.validationEvents }).toEqual({
          name: r.name,
          parse: [],
          validate: [],
        });
        expect(r.renderedText.trim().length).toBeGreaterThan(10);
      }
      expect(pageErrors).toEqual([]);
    });

    it('renders the inputs of the check-in and the posting, and the texts in the right language', () => {
      const byName = new Map(results.map((r) => [r.name, r]));
      expect(byName.get('reminder:checkInRequest (en)')!.inputs).toBeGreaterThanOrEqual(5);
      expect(byName.get('reminder:postingAnnouncement (da)')!.inputs).toBe(1);
      expect(byName.get('reminder:meeting (da)')!.renderedText).toContain('Dagsorden');
      expect(byName.get('reminder:meeting (en)')!.renderedText).toContain('Agenda');
      expect(byName.get('thanks (en)')!.renderedText).toContain('Thanks — recorded');
      // The withdrawn get the exit written for a withdrawal; the term's own end says "ended".
      expect(byName.get('reminder:termEndedExit:withdrawn (en)')!.renderedText).toContain('stepped down');
      expect(byName.get('reminder:termEndedExit:withdrawn (en)')!.renderedText).not.toContain(
        'term has ended',
      );
      expect(byName.get('reminder:termEndedExit (da)')!.renderedText).toContain(
        'Din periode som ambassadør er slut',
      );
      // Leaders' digest: "X's term ends in N days".
      expect(byName.get('reminder:leaderDigest (en)')!.renderedText).toContain(
        "Lars Mikkelsen's term ends in 23 days",
      );
      expect(byName.get('reminder:leaderDigest:terms-only (en)')!.renderedText).not.toContain('check-ins');
      // Merged, held-back reminders are listed under the card's own.
      expect(byName.get('reminder:agreementAcceptance:merged (en)')!.renderedText).toContain(
        'Also on your list',
      );
      expect(byName.get('reminder:agreementAcceptance:merged (en)')!.renderedText).toContain(
        'Training: Forandringens psykologi',
      );
    });
  });
});
