/**
 * `tagsAdd` and `tagsRemove` (Admin API): add tags to, or remove them from,
 * an order, customer, product or draft order named by its global id.
 * Variables `{ id, tags }`, tags a list of texts or one text of
 * comma-separated tags; the payload is `{ node: { id }, userErrors }`.
 */
import { z } from 'zod';
import { addTags, removeTags, splitTags, tagsOf, tagsProblem } from '../../domain/shopify/tags';
import { type MutationHandler, type UserError, findOwner, isUserError, zodUserErrors } from './common';

const TagsVariables = z.strictObject({
  id: z.string({ error: 'is required: the global ID of the object (gid://shopify/Order/123)' }),
  tags: z.union([z.string(), z.array(z.string())], { error: 'is required: a list of tags, like ["vip", "gift"]' }),
});

const TAGGABLE = ['order', 'customer', 'product', 'draft_order'] as const;

function tagsMutation(change: (before: string[], tags: string[]) => string[]): MutationHandler {
  return (variables, { shopify, now }) => {
    const fail = (userErrors: UserError[]) => ({ node: null, userErrors });
    const parsed = TagsVariables.safeParse(variables);
    if (!parsed.success) return fail(zodUserErrors(parsed.error));
    const tags = splitTags(parsed.data.tags)!;
    if (tags.length === 0) return fail([{ field: ['tags'], message: 'tags is empty: give at least one tag' }]);
    const owner = findOwner(shopify, parsed.data.id, TAGGABLE, ['id']);
    if (isUserError(owner)) return fail([owner]);
    const next = change(tagsOf(owner.record), tags);
    const problem = tagsProblem(next);
    if (problem) return fail([{ field: problem.index === undefined ? ['tags'] : ['tags', String(tags.indexOf(next[problem.index]!))], message: problem.message }]);
    shopify.upsert(owner.resource, owner.id, { tags: next, updated_at: now });
    return { node: { id: owner.gid }, userErrors: [] };
  };
}

export const tagsAdd: MutationHandler = tagsMutation(addTags);
export const tagsRemove: MutationHandler = tagsMutation(removeTags);
