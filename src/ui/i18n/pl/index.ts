/**
 * The Polish catalog, loaded lazily only when Polish is chosen. Every area of
 * the English catalog has a Polish twin typed against it, so a missing key is
 * a type error (and the catalog test reports it by name as well).
 */
import type { areas as enAreas } from '../en';
import type { MessagesOf } from '../catalog';
import { shell } from './shell';
import { simulator } from './simulator';
import { sandbox } from './sandbox';
import { runs } from './runs';
import { inspector } from './inspector';
import { canvas } from './canvas';
import { palette } from './palette';
import { problems } from './problems';

export const areas: { [A in keyof typeof enAreas]: MessagesOf<(typeof enAreas)[A]> } = { shell, simulator, sandbox, runs, inspector, canvas, palette, problems };

export const pl = { ...shell, ...simulator, ...sandbox, ...runs, ...inspector, ...canvas, ...palette, ...problems };
