/** "Nothing was imported": every problem of a refused import, in a list named "Import problems". */
import type { ImportProblem } from '../../state/transfer';
import { PathProblems } from '../common/PathProblems';
import { useT } from '../i18n';

interface Props {
  problems: readonly ImportProblem[];
  onDismiss?: () => void;
}

export function ImportProblems({ problems, onDismiss }: Props) {
  const t = useT();
  return (
    <PathProblems
      problems={problems}
      title={t('pathProblems.import.title')}
      intro={t('pathProblems.import.intro', { count: problems.length })}
      listLabel={t('pathProblems.import.list')}
      headingLevel={2}
      dismiss={onDismiss && { label: t('app.dismiss'), onDismiss }}
    />
  );
}
