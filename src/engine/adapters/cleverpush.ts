/**
 * Simulated CleverPush: web push notifications to the channel's subscribers,
 * or to some segments of them. Every notification sent is recorded.
 */
import type { ActionHandler, AppAdapter } from '../types';
import { optionalText, reject, requiredText, setting, splitList } from './adapterHelpers';

/** Our limits for the simulation: browsers cut longer push titles and texts off anyway. */
const MAX_TITLE = 100;
const MAX_TEXT = 500;

const sendNotification: ActionHandler = (call) => {
  const title = requiredText(call.fields, 'title', 'the notification title');
  const text = requiredText(call.fields, 'text', 'the notification text');
  if (title.length > MAX_TITLE) reject(`the notification title is longer than ${MAX_TITLE} characters`);
  if (text.length > MAX_TEXT) reject(`the notification text is longer than ${MAX_TEXT} characters`);
  const url = requiredText(call.fields, 'url', 'the link (URL)');
  const iconUrl = optionalText(call.fields, 'icon_url');
  if (iconUrl !== undefined && !iconUrl.startsWith('https://')) {
    reject('the icon address must start with https://: browsers show push icons only over a secure connection');
  }
  const segmentIds = splitList(optionalText(call.fields, 'segment_ids'));
  const badSegment = segmentIds.find((s) => !/^[A-Za-z0-9_-]+$/.test(s));
  if (badSegment !== undefined) {
    reject(`"${badSegment}" is not a segment ID: IDs are letters and digits without spaces, separated by commas`);
  }

  const notificationId = call.sandbox.insert('notifications', {
    channelId: setting(call, 'channelId') ?? '',
    title,
    text,
    url,
    iconUrl: iconUrl ?? '',
    audience: segmentIds.length === 0 ? 'all subscribers' : `segments ${segmentIds.join(', ')}`,
    segmentIds,
    sentAt: call.now,
  });
  return { output: { notification_id: notificationId } };
};

export const cleverpushAdapter: AppAdapter = {
  appId: 'cleverpush',
  actions: { 'send-notification': sendNotification },
  collections: { notifications: 'Push notifications' },
};
