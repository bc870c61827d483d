/**
 * The Polish catalog, loaded lazily only when Polish is chosen. Every area of
 * the English catalog has a Polish twin typed against it, so a missing key is
 * a type error (and the catalog test reports it by name as well).
 */
import type { areas as enAreas } from '../en';
import type { MessagesOf } from '../catalog';
import { app } from './app';
import { customApps } from './customApps';
import { editor } from './editor';
import { org } from './org';
import { pages } from './pages';
import { pwa } from './pwa';
import { shell } from './shell';
import { templates } from './templates';
import { tour } from './tour';
import { transfer } from './transfer';
import { workflows } from './workflows';

export const areas: { [A in keyof typeof enAreas]: MessagesOf<(typeof enAreas)[A]> } = { shell, app, customApps, editor, org, pages, pwa, templates, tour, transfer, workflows };

export const pl = { ...shell, ...app, ...customApps, ...editor, ...org, ...pages, ...pwa, ...templates, ...tour, ...transfer, ...workflows };
