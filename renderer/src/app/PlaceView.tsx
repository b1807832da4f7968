import { CheckinsPage } from '../features/checkins/CheckinsPage';
import { GoalsPlace } from '../features/goals/GoalsPlace';
import { HomePage } from '../features/home/HomePage';
import { PlansPlace } from '../features/plans/PlansPlace';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SkillsPlace } from '../features/skills/SkillsPlace';
import { ThoughtRecordsPage } from '../features/thoughts/ThoughtRecordsPage';
import type { Visit } from './navigation/history';
import { JournalPlace } from './JournalPlace';

/** The page for the current visit. */
export function PlaceView({ visit }: { visit: Visit }) {
  switch (visit.place) {
    case 'home':
      return <HomePage />;
    case 'journal':
      return <JournalPlace entryId={visit.entryId} find={visit.find} />;
    case 'settings':
      return <SettingsPage recordId={visit.recordId} />;
    case 'goals':
      return <GoalsPlace recordId={visit.recordId} />;
    case 'thoughtRecords':
      return <ThoughtRecordsPage recordId={visit.recordId} />;
    case 'checkIns':
      return <CheckinsPage recordId={visit.recordId} />;
    case 'plans':
      return <PlansPlace recordId={visit.recordId} />;
    case 'sessions':
      return <SessionsPage />;
    case 'skills':
      return <SkillsPlace recordId={visit.recordId} />;
  }
}
