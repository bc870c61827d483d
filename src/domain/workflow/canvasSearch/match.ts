/**
 * Which steps of a workflow a canvas search query finds, and why each was
 * found, from the document, the catalog, the organization and the problems
 * validation already computed. The organization rules are the seed's own
 * (org/rules.ts): `is:disabled-in:<store>` reuses `whyWontRun`, the same
 * "why won't it run here" the inspector shows. Step names in the UI's
 * languages come from the caller (the UI words steps), so the domain stays
 * free of translations.
 */
import type { Catalog } from '../../catalog/catalog';
import type { LocalizedText } from '../../catalog/manifest';
import { findInstallation, type Organization, type Store } from '../../org/organization';
import { type ReasonDetail, installStatus, whyWontRun } from '../../org/rules';
import { type Activation, inScope } from '../activation';
import type { Step, StickyNote } from '../document';
import { appsOfStep } from '../kinds/registry';
import { type CanvasQuery, fold } from './query';

/** Why a step was found: one entry per place a word matched and per filter it passed. */
export type MatchReason =
  | { readonly code: 'name'; readonly text: string }
  | { readonly code: 'app'; readonly app: LocalizedText }
  | { readonly code: 'field'; readonly field: string; readonly text: string }
  | { readonly code: 'note'; readonly text: string }
  /** A sticky note on the canvas whose text holds every word. */
  | { readonly code: 'sticky-note'; readonly text: string }
  | { readonly code: 'invalid'; readonly count: number }
  | { readonly code: 'not-installed'; readonly app: LocalizedText; readonly stores: readonly string[] }
  | { readonly code: 'disabled-in'; readonly store: string; readonly reasons: readonly StoreReason[] }
  | { readonly code: 'app-filter'; readonly app: LocalizedText };

/** One reason of the run gate: its English words and its code (the UI words it). */
export interface StoreReason {
  readonly text: string;
  readonly detail: ReasonDetail;
}

export interface CanvasSearchHit {
  /** The step's id, or the sticky note's (`note` is then true): one id space. */
  readonly stepId: string;
  readonly reasons: readonly MatchReason[];
  readonly note?: true;
}

export interface CanvasSearchResult {
  /** Steps and sticky notes found, top to bottom then left to right, as they sit on the canvas. */
  readonly hits: readonly CanvasSearchHit[];
  /** For `is:disabled-in`: reasons of the whole workflow (Flow missing, workflow off) per store; no step is to blame for them. */
  readonly workflow: readonly { readonly store: string; readonly reasons: readonly StoreReason[] }[];
  /** `is:disabled-in` values that name no store, and `app:` values that name no app, as typed. */
  readonly unknownStores: readonly string[];
  readonly unknownApps: readonly string[];
}

export interface CanvasSearchContext {
  readonly catalog: Catalog;
  readonly org: Organization | undefined;
  readonly workflow: { readonly name: string; readonly activation: Activation };
  /** The number of error problems of a step (validation's). */
  errorCount(stepId: string): number;
  /** The step's names as the UI shows them, in every UI language (title, kind). */
  names(step: Step): readonly string[];
}

/** Keys of a step that are not its content: identity, layout, the app, trigger and action ids (their names are searched instead). */
const NOT_CONTENT = new Set(['id', 'kind', 'position', 'note', 'app', 'trigger', 'action']);
const APP_REASONS = new Set(['app-not-installed-in-store', 'app-unknown']);

/**
 * Runs a query over the steps and the sticky notes. An empty query finds
 * nothing. A note is found by its text alone: a query with a filter
 * (`is:invalid`, `app:`...) finds no note, since notes have no app and no problems.
 */
export function searchSteps(steps: readonly Step[], query: CanvasQuery, ctx: CanvasSearchContext, notes: readonly StickyNote[] = []): CanvasSearchResult {
  const unknownStores: string[] = [];
  const unknownApps: string[] = [];
  const workflow: { store: string; reasons: StoreReason[] }[] = [];
  if (query.terms.length === 0 && query.filters.length === 0) return { hits: [], workflow, unknownStores, unknownApps };

  const tests: ((step: Step) => MatchReason[] | null)[] = [];
  for (const filter of query.filters) {
    if (filter.kind === 'invalid') {
      tests.push((step) => {
        const count = ctx.errorCount(step.id);
        return count > 0 ? [{ code: 'invalid', count }] : null;
      });
    } else if (filter.kind === 'not-installed') {
      tests.push((step) => notInstalled(step, ctx));
    } else if (filter.kind === 'app') {
      const apps = findApps(ctx.catalog, filter.app);
      if (apps.length === 0) unknownApps.push(filter.app);
      const ids = new Set(apps.map((a) => a.id));
      tests.push((step) => {
        const found = appsOfStep(step).filter((id) => ids.has(id));
        return found.length > 0 ? found.map((id) => ({ code: 'app-filter', app: ctx.catalog.byId.get(id)!.name })) : null;
      });
    } else {
      const stores = ctx.org ? findStores(ctx.org, filter.store) : [];
      if (stores.length === 0) unknownStores.push(filter.store);
      for (const store of stores) {
        const whole = gate(ctx, store, []).filter((r) => !APP_REASONS.has(r.detail.code));
        if (whole.length > 0 && !workflow.some((w) => w.store === store.name)) workflow.push({ store: store.name, reasons: whole });
      }
      tests.push((step) => {
        const found = stores.flatMap((store) => {
          const reasons = gate(ctx, store, appsOfStep(step)).filter((r) => APP_REASONS.has(r.detail.code));
          return reasons.length > 0 ? [{ code: 'disabled-in' as const, store: store.name, reasons }] : [];
        });
        return found.length > 0 ? found : null;
      });
    }
  }
  if (query.terms.length > 0) tests.push((step) => textMatch(step, query.terms, ctx));

  const noteHits = query.filters.length > 0 ? [] : notes.flatMap((note) => {
    const text = fold(note.text);
    return query.terms.every((term) => text.includes(fold(term))) ? [{ item: note, hit: { stepId: note.id, reasons: [{ code: 'sticky-note' as const, text: note.text }], note: true as const } }] : [];
  });
  const stepHits: { item: Step; hit: CanvasSearchHit }[] = [];
  for (const step of steps) {
    const reasons: MatchReason[] = [];
    let ok = true;
    for (const test of tests) {
      const found = test(step);
      if (!found) {
        ok = false;
        break;
      }
      reasons.push(...found);
    }
    if (ok) stepHits.push({ item: step, hit: { stepId: step.id, reasons } });
  }
  const hits = [...stepHits, ...noteHits]
    .sort((a, b) => a.item.position.y - b.item.position.y || a.item.position.x - b.item.position.x)
    .map((h) => h.hit);
  return { hits, workflow, unknownStores, unknownApps };
}

/** The run gate's reasons for the workflow with these apps in the store. */
function gate(ctx: CanvasSearchContext, store: Store, appIds: readonly string[]): StoreReason[] {
  const verdict = whyWontRun(ctx.org!, ctx.catalog, { ...ctx.workflow, appIds }, store.id);
  return verdict.ok ? [] : verdict.reasons.map((text, i) => ({ text, detail: verdict.details[i]! }));
}

/**
 * A step's apps that are missing where the workflow is meant to run: not
 * installed in some store the workflow targets (its scope), or, when it
 * targets no store, Not installed in the organization at all (rule 1).
 */
function notInstalled(step: Step, ctx: CanvasSearchContext): MatchReason[] | null {
  const org = ctx.org;
  if (!org) return null;
  const targets = org.stores.filter((s) => inScope(ctx.workflow.activation, s.id));
  const found: MatchReason[] = [];
  for (const id of new Set(appsOfStep(step))) {
    const app = ctx.catalog.byId.get(id);
    if (app?.builtIn) continue;
    const name = app?.name ?? { en: id, pl: id };
    if (targets.length === 0) {
      if (!app || installStatus(org, app) === 'not-installed') found.push({ code: 'not-installed', app: name, stores: [] });
      continue;
    }
    const missing = targets.filter((s) => !app || !findInstallation(org, s.id, id)).map((s) => s.name);
    if (missing.length > 0) found.push({ code: 'not-installed', app: name, stores: missing });
  }
  return found.length > 0 ? found : null;
}

/** Stores named by the value: by id or whole name first, else every store whose name contains it. */
export function findStores(org: Organization, value: string): Store[] {
  const v = fold(value);
  const exact = org.stores.filter((s) => fold(s.name) === v || fold(s.id) === v);
  return exact.length > 0 ? exact : org.stores.filter((s) => fold(s.name).includes(v));
}

/** Apps named by the value: by id or whole English or Polish name first, else every app whose name contains it. */
export function findApps(catalog: Catalog, value: string) {
  const v = fold(value);
  const apps = [...catalog.byId.values()];
  const names = (a: (typeof apps)[number]) => [a.id, a.name.en, a.name.pl].map(fold);
  const exact = apps.filter((a) => names(a).includes(v));
  return exact.length > 0 ? exact : apps.filter((a) => names(a).some((n) => n.includes(v)));
}

/** Every term must appear in the step's names, apps, field values or note; the places it appeared are the reasons. */
function textMatch(step: Step, terms: readonly string[], ctx: CanvasSearchContext): MatchReason[] | null {
  const places: { reason: MatchReason; folded: string }[] = [];
  for (const name of new Set(ctx.names(step))) places.push({ reason: { code: 'name', text: name }, folded: fold(name) });
  for (const id of new Set(appsOfStep(step))) {
    const name = ctx.catalog.byId.get(id)?.name ?? { en: id, pl: id };
    places.push({ reason: { code: 'app', app: name }, folded: fold(`${name.en} ${name.pl} ${id}`) });
  }
  for (const [field, text] of fieldTexts(step)) places.push({ reason: { code: 'field', field, text }, folded: fold(text) });
  if (step.note) places.push({ reason: { code: 'note', text: step.note }, folded: fold(step.note) });

  const reasons: MatchReason[] = [];
  for (const term of terms) {
    const t = fold(term);
    const where = places.filter((p) => p.folded.includes(t));
    if (where.length === 0) return null;
    for (const p of where) if (!reasons.includes(p.reason)) reasons.push(p.reason);
  }
  return reasons;
}

/** The step's content as (field name, text) pairs: strings and numbers anywhere in it, named by their nearest key. */
export function fieldTexts(step: Step): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && value.trim()) out.push([key, value]);
    else if (typeof value === 'number') out.push([key, String(value)]);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (key !== '' || !NOT_CONTENT.has(k)) walk(v, k);
    }
  };
  walk(step, '');
  return out;
}
