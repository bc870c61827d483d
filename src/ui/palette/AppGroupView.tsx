/**
 * The items of one app in a palette: a named group with a visible heading.
 * For an app that is not installed it also shows why (the connector rule's
 * reason) with a way to the Organization page, and each item points at that
 * reason with aria-describedby.
 */
import { memo, useId } from 'react';
import { AppMark } from '../common/AppMark';
import { CustomBadge } from '../common/CustomBadge';
import type { AppGroup } from './grouping';
import { PaletteEntryButton } from './PaletteEntryButton';
import { useLocalized, useT } from '../i18n';
import { useReasonText } from '../i18n/domainText';

export const AppGroupView = memo(function AppGroupView({ group }: { group: AppGroup }) {
  const reasonId = useId();
  const { app, entries } = group;
  const t = useT();
  const localized = useLocalized();
  const reasonText = useReasonText();
  const reason = group.reasons.length > 0 ? group.reasons.map((r, i) => reasonText(r, group.details?.[i])).join(' ') : undefined;
  const name = localized(app.name);
  const otherName = name === app.name.en ? app.name.pl : app.name.en;
  return (
    <div role="group" aria-label={name} className="palette-group">
      <div className="palette-group__head">
        <h4 className="palette-group__title" title={otherName}>
          <AppMark app={app} />
          {name}
        </h4>
        {app.builtIn && <span className="badge">{t('palette.builtIn')}</span>}
        <CustomBadge appId={app.id} />
      </div>
      {reason && (
        <p className="palette-group__reason">
          <span id={reasonId}>{reason}</span> <a href="#/organization">{t('palette.openOrganization')}</a>
        </p>
      )}
      <ul className="palette-list">
        {entries.map((entry) => (
          <PaletteEntryButton key={entry.key} entry={entry} blockedReason={reason} reasonId={reasonId} />
        ))}
      </ul>
    </div>
  );
});
