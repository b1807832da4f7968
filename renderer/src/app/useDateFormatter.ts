import { DEFAULT_SETTINGS } from '../../../shared/contract';
import { useSettings } from '../features/settings/queries';
import { formatDate, type DateStyle } from './dates/formatDate';

export interface DateFormatter {
  /** A Date, a calendar day (YYYY-MM-DD) or an ISO timestamp, per the user's date format. */
  format: (value: Date | string, style?: DateStyle) => string;
}

/** For any feature that shows dates: follows Settings → Journal → Date format. */
export function useDateFormatter(): DateFormatter {
  const dateFormat = useSettings().data?.dateFormat ?? DEFAULT_SETTINGS.dateFormat;
  return {
    format: (value, style = 'short') => formatDate(value, dateFormat, style),
  };
}
