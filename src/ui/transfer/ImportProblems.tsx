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
      title={t('transfer.problems.title')}
      intro={t('transfer.problems.intro', { count: problems.length })}
      listLabel={t('transfer.problems.list')}
      headingLevel={2}
      dismiss={onDismiss && { label: t('app.dismiss'), onDismiss }}
    />
  );
}
