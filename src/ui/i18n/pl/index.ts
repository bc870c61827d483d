/**
 * The whole Polish catalog, for the tests and the catalog's types (the app
 * loads each area on its own: catalog.ts). Every area of the English catalog
 * has a Polish twin typed against it, so a missing key is a type error (and
 * the catalog test reports it by name as well).
 */
import type { areas as enAreas } from '../en';
import type { MessagesOf } from '../messages';
import { app } from './app';
import { canvas } from './canvas';
import { customApps } from './customApps';
import { editor } from './editor';
import { inspector } from './inspector';
import { org } from './org';
import { pages } from './pages';
import { palette } from './palette';
import { problems } from './problems';
import { pwa } from './pwa';
import { runs } from './runs';
import { sandbox } from './sandbox';
import { shell } from './shell';
import { simulator } from './simulator';
import { storeData } from './storeData';
import { templates } from './templates';
import { templateItems } from './templateItems';
import { tour } from './tour';
import { transfer } from './transfer';
import { workflows } from './workflows';
import { runCanvas } from './runCanvas';
import { notes } from './notes';
import { repair } from './repair';
import { flowExport } from './flowExport';
import { pathProblems } from './pathProblems';
import { templateCards } from './templateCards';
import { storageBanner } from './storageBanner';
import { importStatus } from './importStatus';

export const areas: { [A in keyof typeof enAreas]: MessagesOf<(typeof enAreas)[A]> } = { shell, app, canvas, customApps, editor, inspector, org, pages, palette, problems, pwa, runs, sandbox, simulator, storeData, templates, templateItems, tour, transfer, workflows, runCanvas, notes, repair, flowExport, pathProblems, templateCards, storageBanner, importStatus };

export const pl = { ...shell, ...app, ...canvas, ...customApps, ...editor, ...inspector, ...org, ...pages, ...palette, ...problems, ...pwa, ...runs, ...sandbox, ...simulator, ...storeData, ...templates, ...templateItems, ...tour, ...transfer, ...workflows, ...runCanvas, ...notes, ...repair, ...flowExport, ...pathProblems, ...templateCards, ...storageBanner, ...importStatus };
