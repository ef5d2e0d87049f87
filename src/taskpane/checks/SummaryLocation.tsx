/**
 * Where the summary went when it is not the «Riepilogo» sheet: a user's own «Riepilogo» is never replaced,
 * the add-in writes «Riepilogo Cruscotto» (or «Riepilogo (2)») instead, and says so.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { SUMMARY_SHEET_NAME } from '../../layout/types';
import { useI18n } from '../i18n/I18nContext';

export function summaryElsewhere(summarySheet: string | null | undefined): string | null {
  return typeof summarySheet === 'string' && summarySheet.trim() !== '' && summarySheet !== SUMMARY_SHEET_NAME ? summarySheet : null;
}

export function SummaryLocation({ summarySheet }: { summarySheet: string | null | undefined }) {
  const { t } = useI18n();
  const name = summaryElsewhere(summarySheet);
  if (name === null) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="summary-location">
      <MessageBarBody>{t.summaryElsewhere(name)}</MessageBarBody>
    </MessageBar>
  );
}
