import { draftFrom } from './checkinDraft';
import { CheckinForm } from './CheckinForm';
import { useCheckins } from './queries';
import { checkinStrings as s } from './strings';
import { SubViewHeader } from './SubViewHeader';

/** One check-in opened for editing (from the list, "Edit today's" or Home's "Add details"). */
export function EditCheckinView({ id, onBack }: { id: string; onBack: () => void }) {
  const checkins = useCheckins();
  const checkin = checkins.data?.find((c) => c.id === id);
  return (
    <div className="checkins-subview">
      <SubViewHeader title={s.editHeading} onBack={onBack} focusKey={0} />
      {checkins.isPending && <p className="muted">{s.loading}</p>}
      {checkins.isSuccess && !checkin && <p>{s.notFound}</p>}
      {checkin && (
        <div className="checkins-card">
          <CheckinForm
            heading={s.formLabel}
            initial={draftFrom(checkin)}
            onSaved={onBack}
            onCancel={onBack}
          />
        </div>
      )}
    </div>
  );
}
