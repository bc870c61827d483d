/**
 * The reason of a refused input's problem in the UI's language. zod's generic
 * checks (missing, wrong type, unknown keys, one of) come with a code and are
 * worded from the catalog; a schema's own sentence has no code and is shown
 * as it is (English). In English the problem's own message is shown.
 */
import type { PathProblem } from '../../domain/zodIssues';
import type { Language, MessageKey, Translate } from '../i18n';

const TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  string: 'pathProblems.type.string',
  number: 'pathProblems.type.number',
  boolean: 'pathProblems.type.boolean',
  object: 'pathProblems.type.object',
  array: 'pathProblems.type.array',
  'a list': 'pathProblems.type.aList',
  'an object': 'pathProblems.type.anObject',
  'a number out of range': 'pathProblems.type.outOfRange',
};

function typeName(t: Translate, word: string): string {
  const key = TYPE_KEYS[word];
  return key ? t(key) : word;
}

export function pathReasonText(t: Translate, language: Language, problem: PathProblem): string {
  const reason = problem.reason;
  if (!reason || language === 'en') return problem.message;
  switch (reason.code) {
    case 'missing':
      return t('pathProblems.reason.missing', { expected: typeName(t, reason.params.expected) });
    case 'wrong-type':
      return t('pathProblems.reason.wrongType', { expected: typeName(t, reason.params.expected), got: typeName(t, reason.params.got) });
    case 'unknown-keys':
      return t('pathProblems.reason.unknownKeys', reason.params);
    case 'one-of':
      return t('pathProblems.reason.oneOf', reason.params);
  }
}
