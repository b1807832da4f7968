import { Fragment } from 'react';
import { Dialog } from '../../components/Dialog';
import { ACTIONS, actionShortcuts, type ActionGroup } from '../actions';
import { shortcutText } from './shortcuts';
import { commandStrings as s } from './strings';

const GROUPS: ActionGroup[] = ['navigate', 'journal', 'app'];

/** Every shortcut, straight from the action registry. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={s.sheetTitle} className="dialog--shortcuts">
      <p className="muted">{s.sheetIntro}</p>
      {GROUPS.map((group) => (
        <table key={group} className="shortcut-table">
          <caption>{s.groups[group]}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{s.sheetAction}</th>
              <th scope="col">{s.sheetKeys}</th>
            </tr>
          </thead>
          <tbody>
            {ACTIONS.filter((a) => a.group === group && a.shortcut).map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.label}</th>
                <td>
                  {actionShortcuts(action).map((keys, index) => (
                    <Fragment key={shortcutText(keys)}>
                      {index > 0 && ` ${s.sheetOr} `}
                      <kbd>{shortcutText(keys)}</kbd>
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
            {group === 'app' && (
              <tr>
                <th scope="row">{s.sheetTab}</th>
                <td>
                  <kbd>{s.sheetTabKeys}</kbd>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      ))}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
