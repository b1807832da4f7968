import { formatDate } from '../../app/dates/formatDate';
import { TagManager } from '../journal/TagManager';
import { TemplateManager } from '../journal/TemplateManager';
import { SelectSetting } from './SelectSetting';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';
import { ToggleSetting } from './ToggleSetting';

const DATE_FORMATS = ['system', 'iso', 'day-month', 'month-day'] as const;
const WEEK_STARTS = [1, 0, 6] as const;
const MEASURE_INTERVALS = [7, 14, 28] as const;
/** Every half hour of the day, "00:00" … "23:30". */
const REMINDER_TIMES = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`,
);

export function JournalSettings() {
  const today = new Date();
  return (
    <SettingsSection level={2} title={s.journalHeading}>
      <SelectSetting
        settingKey="weekStart"
        label={s.weekStartLabel}
        options={WEEK_STARTS.map((day) => [day, s.weekStarts[day]] as const)}
      />
      <SelectSetting
        settingKey="dateFormat"
        label={s.dateFormatLabel}
        options={DATE_FORMATS.map(
          (format) =>
            [format, s.example(s.dateFormats[format], formatDate(today, format))] as const,
        )}
      />
      <SelectSetting
        settingKey="measuresEveryDays"
        label={s.measuresEveryLabel}
        options={MEASURE_INTERVALS.map((days) => [days, s.everyDays(days)] as const)}
      />
      <ToggleSetting settingKey="onThisDay" label={s.onThisDayLabel} hint={s.onThisDayHint} />
      <ToggleSetting settingKey="reminders" label={s.remindersLabel} hint={s.remindersHint} />
      <SelectSetting
        settingKey="reminderTime"
        label={s.reminderTimeLabel}
        hint={s.reminderTimeHint}
        options={REMINDER_TIMES.map((time) => [time, time] as const)}
      />
      <TagManager />
      <TemplateManager />
    </SettingsSection>
  );
}
