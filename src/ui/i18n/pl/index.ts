/**
 * The Polish catalog, loaded lazily only when Polish is chosen. Every area of
 * the English catalog has a Polish twin typed against it, so a missing key is
 * a type error (and the catalog test reports it by name as well).
 */
import type { areas as enAreas } from '../en';
import type { MessagesOf } from '../catalog';
import { shell } from './shell';
import { app } from './app';
import { pages } from './pages';
import { workflows } from './workflows';
import { templates } from './templates';
import { transfer } from './transfer';
import { org } from './org';
import { editor } from './editor';

export const areas: { [A in keyof typeof enAreas]: MessagesOf<(typeof enAreas)[A]> } = {
  shell,
  app,
  pages,
  workflows,
  templates,
  transfer,
  org,
  editor,
};

export const pl = {
  ...shell,
  ...app,
  ...pages,
  ...workflows,
  ...templates,
  ...transfer,
  ...org,
  ...editor,
};
