import { expect, test } from '@playwright/test';

test('the built renderer loads under the app CSP without reaching outside its origin', async ({
  page,
}) => {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== 'http://127.0.0.1:4173' && url.protocol !== 'data:') outside.push(req.url());
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('heading', { name: 'Waypoint' })).toBeVisible();
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});
