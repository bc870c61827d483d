/**
 * The English catalog: the source of every message key. Each UI area keeps
 * its messages in its own file (keys prefixed with the area) so areas can be
 * edited independently; this file only puts them together.
 */
import { customApps } from './customApps';
import { pwa } from './pwa';
import { shell } from './shell';
import { tour } from './tour';

export const areas = { shell, customApps, pwa, tour } as const;

export const en = { ...shell, ...customApps, ...pwa, ...tour } as const;
