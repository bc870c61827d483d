/**
 * Slack (simulated): "Send Slack message" posts to a channel (#orders) or a
 * person (@anna) of the workspace; each message becomes a record of the
 * `messages` collection with the `ts` Slack would answer with.
 *
 * Slack's naming rules: channel names are lower-case letters, digits,
 * hyphens and underscores (at most 80); user names may also contain dots.
 * Slack refuses an empty message and one longer than 40,000 characters.
 */
import type { AppAdapter } from '../types';
import { optionalText, reject, setting } from './adapterHelpers';
import { checkMaxLength, compact } from './adapterExtras';

export const SLACK_TEXT_MAX_LENGTH = 40_000;

const CHANNEL_NAME = /^#[a-z0-9][a-z0-9_-]{0,79}$/;
const USER_NAME = /^@[a-z0-9][a-z0-9._-]{0,79}$/;

/**
 * Slack's message timestamp: the posting second and a sequence number,
 * unique within the workspace ("1741946400.000001").
 */
function messageTs(now: string, sequence: number): string {
  // Runs post many messages at the same simulated instant: the last one's second is reused.
  if (now !== lastNow) {
    lastSeconds = Math.floor(Date.parse(now) / 1000);
    lastNow = now;
  }
  return `${lastSeconds}.${String(sequence).padStart(6, '0')}`;
}
let lastNow: string | undefined;
let lastSeconds = Number.NaN;

export const slackAdapter: AppAdapter = {
  appId: 'slack',
  actions: {
    'send-message': (call) => {
      const channel = optionalText(call.fields, 'channel') ?? '';
      if (!CHANNEL_NAME.test(channel) && !USER_NAME.test(channel)) {
        reject(
          `Slack channel "${channel}" is not a valid channel name: use #channel or @user, ` +
            'in lower-case letters, digits, hyphens and underscores, without spaces',
        );
      }
      const text = optionalText(call.fields, 'text');
      if (text === undefined) reject('The Slack message is empty; Slack refuses a message without text');
      checkMaxLength(text, SLACK_TEXT_MAX_LENGTH, 'The Slack message');
      const ts = messageTs(call.now, call.sandbox.count('messages') + 1);
      call.sandbox.insert(
        'messages',
        compact({
          channel,
          kind: channel.startsWith('@') ? 'direct message' : 'channel',
          text,
          workspace: setting(call, 'workspace'),
          postedAt: call.now,
          ts,
        }),
      );
      return { output: { message_ts: ts } };
    },
  },
  collections: { messages: 'Messages' },
};
