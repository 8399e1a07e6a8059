import type { Page } from '@playwright/test';
import { test, expect, hydrated, signIn, enrolledFacility, registerFacility, readMail, linkIn } from './fixtures';

const FIRST = { facility: 'E2E Workshop Unit A', name: 'Wanda First', email: 'wanda@workshop-a.e2e.example', password: 'wanda-first-pass' };
const SECOND = { facility: 'E2E Workshop Unit B', name: 'Walt Second', email: 'walt@workshop-b.e2e.example', password: 'walt-second-pass' };
const TITLE = 'E2E Preparing the case review';

/** A day a month from now, as YYYY-MM-DD. */
function inAMonth(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

async function bookOwnSeat(page: Page, workshopUrl: string, button: string) {
  await page.goto(workshopUrl);
  await hydrated(page);
  await page.locator('.workshop-book').getByRole('button', { name: button }).click();
}

test('the last seat, the waitlist, and promotion when the first attendee cancels; calendar downloads', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const admin = await enrolledFacility(page, browser, FIRST);
  const other = await (await browser.newContext()).newPage();
  await registerFacility(other, SECOND);
  await other.goto(linkIn(await readMail(admin, SECOND.email, 'activation'), '/activate?token='));
  await hydrated(other);
  await other.getByRole('button', { name: 'Activate now' }).click();
  await expect(other.getByRole('status')).toContainText('is activated');

  // The office schedules a workshop with one seat.
  await admin.goto('/admin/workshops');
  await hydrated(admin);
  const form = admin.locator('form.workshop-form');
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Description').fill('How to draw and document the 30 cases.');
  await form.getByLabel('Online').fill('https://meet.example/io-case-review');
  await form.getByLabel('Starts (local time)').fill(`${inAMonth()}T14:00`);
  await form.getByLabel('Ends (local time)').fill(`${inAMonth()}T13:00`);
  await form.getByLabel('Seats').fill('1');
  await form.getByRole('button', { name: 'Schedule the workshop' }).click();
  // Bad input: a clear error, nothing lost.
  await expect(admin.locator('.error-message')).toContainText('The end must be after the start.');
  await expect(form.getByLabel('Title')).toHaveValue(TITLE);
  await form.getByLabel('Ends (local time)').fill(`${inAMonth()}T16:00`);
  await form.getByRole('button', { name: 'Schedule the workshop' }).click();
  await admin.getByRole('link', { name: 'Open it' }).click();
  await admin.waitForURL(/\/workshops\/\d+$/);
  const workshopUrl = admin.url();

  // The public calendar lists it with one seat left.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/workshops');
  await hydrated(visitor);
  await expect(visitor.locator('li.workshop', { hasText: TITLE }).locator('.seats')).toHaveText('One seat left');

  // The first member takes the last seat; the second lands on the waitlist.
  await signIn(page, FIRST.email, FIRST.password);
  await bookOwnSeat(page, workshopUrl, 'Book a seat');
  const mine = page.locator('.bookings tr', { hasText: FIRST.email });
  await expect(mine).toHaveAttribute('data-status', 'confirmed');
  await signIn(other, SECOND.email, SECOND.password);
  await bookOwnSeat(other, workshopUrl, 'Join the waitlist');
  const theirs = other.locator('.bookings tr', { hasText: SECOND.email });
  await expect(theirs).toHaveAttribute('data-status', 'waitlisted');
  await expect(theirs).toContainText('(number 1 on the waitlist)');
  // The meeting link is for people holding a seat.
  await expect(other.locator('.online-link')).toHaveText('The link is shown here to people holding a seat.');
  await expect(page.locator('.online-link a')).toHaveAttribute('href', 'https://meet.example/io-case-review');
  await expect(readMail(admin, SECOND.email, 'workshop-waitlisted')).resolves.toContain(TITLE);

  // The first cancels: the seat goes to the second, who is told by mail.
  await mine.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.bookings tr', { hasText: FIRST.email })).toHaveAttribute('data-status', 'cancelled');
  await other.reload();
  await hydrated(other);
  await expect(other.locator('.bookings tr', { hasText: SECOND.email })).toHaveAttribute('data-status', 'confirmed');
  await expect(other.locator('.online-link a')).toHaveAttribute('href', 'https://meet.example/io-case-review');
  await expect(readMail(admin, SECOND.email, 'workshop-promoted')).resolves.toContain(TITLE);

  // The office sees every attendee.
  await admin.goto(workshopUrl);
  await hydrated(admin);
  await expect(admin.getByRole('heading', { name: 'Attendees' })).toBeVisible();
  await expect(admin.locator('.bookings tbody tr')).toHaveCount(2);

  // The event and the feed as iCalendar.
  const ics = await visitor.request.get(`${workshopUrl}/event.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const event = await ics.text();
  expect(event).toContain('BEGIN:VEVENT');
  expect(event).toContain(`SUMMARY:${TITLE}`);
  expect(event).not.toContain('meet.example');
  const feed = await (await visitor.request.get('/workshops/calendar.ics')).text();
  expect(feed).toContain(`SUMMARY:${TITLE}`);
});
