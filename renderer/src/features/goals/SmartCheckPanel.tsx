import type { SmartResult } from '../../../../shared/smartCheck';
import { goalStrings as s } from './strings';

/**
 * The SMART check, letter by letter, with kind suggestions. While editing it is a polite
 * live region, so changes are announced without interrupting typing. It never blocks saving.
 */
export function SmartCheckPanel({ result, live }: { result: SmartResult; live: boolean }) {
  return (
    <section className="smart-panel" aria-labelledby="smart-panel-heading">
      <h2 id="smart-panel-heading">{s.smartHeading}</h2>
      <div aria-live={live ? 'polite' : undefined}>
        <p className="smart-panel__score">
          <strong>{s.smartScore(result.score)}</strong>
        </p>
        {live && <p className="smart-panel__intro muted">{s.smartIntro}</p>}
        <ul className="smart-panel__items">
          {result.items.map((item) => (
            <li key={item.letter} className="smart-item" data-ok={item.ok || undefined}>
              <span className="smart-item__letter" aria-hidden="true">
                {item.letter}
              </span>
              <div>
                <p className="smart-item__name">
                  {s.letterNames[item.letter]}:{' '}
                  <span className="smart-item__state">
                    <span aria-hidden="true">{item.ok ? '✓ ' : '○ '}</span>
                    {item.ok ? s.smartOk : s.smartNeedsWork}
                  </span>
                </p>
                {item.suggestions.length > 0 && (
                  <ul className="smart-item__suggestions">
                    {item.suggestions.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
