/**
 * The Polish catalog, loaded lazily only when Polish is chosen. Every area of
 * the English catalog has a Polish twin typed against it, so a missing key is
 * a type error (and the catalog test reports it by name as well).
 */
import type { areas as enAreas } from '../en';
import type { MessagesOf } from '../catalog';
import { customApps } from './customApps';
import { pwa } from './pwa';
import { shell } from './shell';
import { tour } from './tour';

export const areas: { [A in keyof typeof enAreas]: MessagesOf<(typeof enAreas)[A]> } = { shell, customApps, pwa, tour };

export const pl = { ...shell, ...customApps, ...pwa, ...tour };
