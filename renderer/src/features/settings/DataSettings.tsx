import { useMutation, useQuery } from '@tanstack/react-query';
import { call, messageOf } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';

/** Where the journal lives on disk, and a way to open that folder (in the desktop app). */
export function DataSettings() {
  const info = useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => call('app:info', {}),
    staleTime: Infinity,
  });
  const reveal = useMutation({ mutationFn: () => call('app:revealDataFolder', {}) });

  return (
    <SettingsSection level={2} title={s.dataHeading} intro={s.dataIntro}>
      {info.isPending && <p className="muted">{s.infoLoading}</p>}
      <ErrorMessage message={info.isError ? messageOf(info.error) : null} />
      {info.isSuccess && (
        <>
          <p className="data-folder">
            <span className="data-folder__label">{s.dataFolderLabel}</span>
            <code className="data-folder__path">{info.data.dataDir}</code>
          </p>
          {info.data.canRevealDataFolder && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={reveal.isPending}
                onClick={() => {
                  reveal.mutate();
                }}
              >
                {s.reveal}
              </button>
            </div>
          )}
          <ErrorMessage message={reveal.isError ? s.revealFailed : null} />
          <p className="muted setting__hint">{s.version(info.data.version)}</p>
        </>
      )}
    </SettingsSection>
  );
}
