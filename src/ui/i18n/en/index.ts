/**
 * The English catalog: the source of every message key. Each UI area keeps
 * its messages in its own file (keys prefixed with the area) so areas can be
 * edited independently; this file only puts them together.
 */
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

export const areas = { shell, app, customApps, editor, org, pages, pwa, templates, tour, transfer, workflows } as const;

export const en = { ...shell, ...app, ...customApps, ...editor, ...org, ...pages, ...pwa, ...templates, ...tour, ...transfer, ...workflows } as const;
