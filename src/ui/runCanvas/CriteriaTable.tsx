/**
 * A condition's criteria as the run read them (the record's `criteria`,
 * domain conditionOperators.ts explainGroup): each criterion with the value
 * expected, the actual value read and whether it held (a symbol and a word,
 * not colour alone); a group with how it joins; a list condition with how
 * many items passed and the item that settled it, whose criteria follow,
 * indented. Records stored before criteria were kept show the values read.
 */
import type { CriterionResult } from '../../domain/workflow/conditionOperators';
import { OPERATOR_LABELS } from '../../domain/workflow/conditionOperators';
import type { StepRecord } from '../../state/runtime';
import { DataList } from '../runs/DataList';
import { formatValue } from '../runs/format';
import { useLanguage, useT } from '../i18n';

export function CriteriaTable({ record, name }: { record: StepRecord; name: string }) {
  const t = useT();
  const language = useLanguage();
  if (!record.criteria) {
    return (
      <>
        <p className="muted">{t('runCanvas.criteria.old')}</p>
        {record.input && <DataList data={record.input} label={t('runs.steps.inputOf', { step: name })} kind={record.kind} />}
      </>
    );
  }
  const value = (v: unknown) => (v === null || v === undefined || v === '' ? <span className="muted">{t('runCanvas.criteria.nothing')}</span> : <code>{formatValue(v)}</code>);
  const what = (line: CriterionResult) => {
    switch (line.kind) {
      case 'group':
        return t(line.join === 'and' ? 'runCanvas.criteria.group.and' : 'runCanvas.criteria.group.or');
      case 'quantifier': {
        const head = t(`runCanvas.criteria.list.${line.quantifier}`, { list: line.list });
        const passed = t('runCanvas.criteria.passed', { passed: line.passed, count: line.count });
        const deciding = line.deciding
          ? line.deciding.item === undefined
            ? t('runCanvas.criteria.deciding', { index: line.deciding.index + 1 })
            : t('runCanvas.criteria.decidingNamed', { index: line.deciding.index + 1, item: line.deciding.item })
          : undefined;
        return `${head}: ${passed}${deciding ? `, ${deciding}` : ''}`;
      }
      case 'criterion':
        return (
          <>
            <code>{line.field}</code> {OPERATOR_LABELS[line.operator][language]}
          </>
        );
    }
  };
  return (
    <table className="criteria">
      <caption>{t('runCanvas.criteria', { step: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('runCanvas.criteria.what')}</th>
          <th scope="col">{t('runCanvas.criteria.expected')}</th>
          <th scope="col">{t('runCanvas.criteria.actual')}</th>
          <th scope="col">{t('runCanvas.criteria.result')}</th>
        </tr>
      </thead>
      <tbody>
        {record.criteria.map((line, i) => (
          <tr key={i} className={`criteria__row criteria__row--${line.kind}`}>
            <th scope="row" style={{ paddingLeft: `${0.5 + line.depth * 1.25}rem` }}>
              {what(line)}
            </th>
            <td>{line.kind === 'criterion' && line.expected !== undefined ? value(line.expected) : ''}</td>
            <td>{line.kind === 'criterion' ? value(line.actual) : ''}</td>
            <td className={line.held ? 'criteria__held' : 'criteria__not-held'}>
              <span aria-hidden="true">{line.held ? '✓ ' : '✗ '}</span>
              {t(line.held ? 'runCanvas.criteria.held' : 'runCanvas.criteria.notHeld')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
