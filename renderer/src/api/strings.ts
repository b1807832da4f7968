export const apiStrings = {
  noBridge: "Waypoint couldn't reach its storage. Please close the app and open it again.",
  callFailed: 'Something went wrong while talking to your journal. Please try again.',
} as const;
