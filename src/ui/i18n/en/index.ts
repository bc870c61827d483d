/**
 * The English catalog: the source of every message key. Each UI area keeps
 * its messages in its own file (keys prefixed with the area) so areas can be
 * edited independently; this file only puts them together.
 */
import { shell } from './shell';
import { app } from './app';
import { pages } from './pages';
import { workflows } from './workflows';
import { templates } from './templates';
import { transfer } from './transfer';
import { org } from './org';
import { editor } from './editor';

export const areas = {
  shell,
  app,
  pages,
  workflows,
  templates,
  transfer,
  org,
  editor,
} as const;

export const en = {
  ...shell,
  ...app,
  ...pages,
  ...workflows,
  ...templates,
  ...transfer,
  ...org,
  ...editor,
} as const;
