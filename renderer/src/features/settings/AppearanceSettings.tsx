import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePrefs, useSetPrefs } from '../../prefs/usePrefs';
import { ChoiceGroup } from './ChoiceGroup';
import { SavedNote } from './SavedNote';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';
import { useSettingField } from './useSettingField';

export function AppearanceSettings() {
  const prefs = usePrefs();
  const setPrefs = useSetPrefs();
  const editorFont = useSettingField('editorFont');
  return (
    <SettingsSection level={2} title={s.appearanceHeading} intro={s.appearanceIntro}>
      <ChoiceGroup
        legend={s.themeLegend}
        value={prefs.theme}
        options={s.themes}
        onChange={(theme) => {
          setPrefs.mutate({ theme });
        }}
      />
      <ChoiceGroup
        legend={s.textSizeLegend}
        value={prefs.textSize}
        options={s.textSizes}
        onChange={(textSize) => {
          setPrefs.mutate({ textSize });
        }}
      />
      <ErrorMessage message={setPrefs.isError ? messageOf(setPrefs.error) : null} />
      {editorFont.value !== undefined && (
        <ChoiceGroup
          legend={s.editorFontLegend}
          hint={s.editorFontHint}
          value={editorFont.value}
          options={s.editorFonts}
          onChange={editorFont.save}
          optionClass={(font) => `choice--font-${font}`}
        />
      )}
      <SavedNote saved={editorFont.saved} />
      <ErrorMessage message={editorFont.saveError} />
    </SettingsSection>
  );
}
