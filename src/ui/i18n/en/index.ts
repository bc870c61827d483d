/**
 * The English catalog: the source of every message key. Each UI area keeps
 * its messages in its own file (keys prefixed with the area) so areas can be
 * edited independently; this file only puts them together.
 */
import { shell } from './shell';
import { simulator } from './simulator';
import { sandbox } from './sandbox';
import { runs } from './runs';
import { inspector } from './inspector';
import { canvas } from './canvas';
import { palette } from './palette';
import { problems } from './problems';

export const areas = { shell, simulator, sandbox, runs, inspector, canvas, palette, problems } as const;

export const en = { ...shell, ...simulator, ...sandbox, ...runs, ...inspector, ...canvas, ...palette, ...problems } as const;
