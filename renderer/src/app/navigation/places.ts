import { appStrings } from '../strings';

/** Every place in the app, in sidebar order. */
export const PLACES = [
  'home',
  'journal',
  'goals',
  'thoughtRecords',
  'plans',
  'skills',
  'checkIns',
  'sessions',
  'settings',
] as const;
export type Place = (typeof PLACES)[number];

export function placeLabel(place: Place): string {
  return appStrings.places[place];
}
