import { CHANNELS } from '../../shared/channels';
import { expect, test } from './fixtures';

test('the built app starts on its real stack and asks a first-time user to create a journal', async ({
  app,
}) => {
  const response = await app.page.request.get('/');
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'Welcome to Waypoint' }),
  ).toBeVisible();
  // The preload exposed exactly the contract, through the stub electron module.
  const channels = await app.page.evaluate(
    () => Object.keys((window as unknown as { waypoint: object }).waypoint).length,
  );
  expect(channels).toBe(CHANNELS.length);
});
