/**
 * The English catalog: the source of every message key. Each UI area keeps
 * its messages in its own file (keys prefixed with the area) so areas can be
 * edited independently; this file only puts them together, for the types
 * and the tests (the app loads each area on its own: catalog.ts).
 */
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

export const areas = { shell, app, canvas, customApps, editor, inspector, org, pages, palette, problems, pwa, runs, sandbox, simulator, storeData, templates, templateItems, tour, transfer, workflows, runCanvas, notes, repair, flowExport, pathProblems, templateCards, storageBanner, importStatus } as const;

export const en = { ...shell, ...app, ...canvas, ...customApps, ...editor, ...inspector, ...org, ...pages, ...palette, ...problems, ...pwa, ...runs, ...sandbox, ...simulator, ...storeData, ...templates, ...templateItems, ...tour, ...transfer, ...workflows, ...runCanvas, ...notes, ...repair, ...flowExport, ...pathProblems, ...templateCards, ...storageBanner, ...importStatus } as const;
