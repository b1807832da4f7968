import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePrefs, useSetPrefs } from '../../prefs/usePrefs';
import { ChoiceGroup } from './ChoiceGroup';
import { settingsStrings as s } from './strings';

export function AppearanceSettings() {
  const prefs = usePrefs();
  const setPrefs = useSetPrefs();
  return (
    <section className="settings-section" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">{s.appearanceHeading}</h2>
      <p className="muted">{s.appearanceIntro}</p>
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
    </section>
  );
}
