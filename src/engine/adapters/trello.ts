/**
 * Trello (simulated): "Create Trello card" adds a card to a list of a board;
 * cards go to `cards` with their position in the list and the card URL
 * Trello would answer with.
 *
 * Trello's rules: a board and a list need a name, a card name is 1 to
 * 16,384 characters, so is its description, and a due date is a real date.
 */
import type { AppAdapter } from '../types';
import { optionalDate, optionalText, requiredText } from './adapterHelpers';
import { checkMaxLength, compact, shortToken, slugify } from './adapterExtras';

const TRELLO_TEXT_MAX_LENGTH = 16_384;

export const trelloAdapter: AppAdapter = {
  appId: 'trello',
  actions: {
    'create-card': (call) => {
      const board = requiredText(call.fields, 'board', 'The Trello board name');
      const list = requiredText(call.fields, 'list', 'The Trello list name');
      const name = requiredText(call.fields, 'card_name', 'The card name');
      checkMaxLength(name, TRELLO_TEXT_MAX_LENGTH, 'The card name');
      const description = optionalText(call.fields, 'card_description');
      if (description) checkMaxLength(description, TRELLO_TEXT_MAX_LENGTH, 'The card description');
      const dueDate = optionalDate(call.fields, 'due_date', 'The due date');
      const cards = call.sandbox.list('cards');
      const position = cards.filter((c) => c.board === board && c.list === list).length + 1;
      const cardCount = cards.length + 1;
      const shortLink = shortToken(`${call.storeId}|${board}|${list}|${cardCount}|${call.now}`);
      const url = `https://trello.com/c/${shortLink}/${cardCount}-${slugify(name)}`;
      const id = call.sandbox.insert(
        'cards',
        compact({
          board,
          list,
          name,
          description,
          dueDate,
          position,
          url,
          createdAt: call.now,
        }),
      );
      return { output: { card_id: id, card_url: url } };
    },
  },
  collections: { cards: 'Cards' },
};
