import type { Page } from '@playwright/test';

/** The history window as a user finds it: by role, name and the words on screen. */
export function historyPage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Your history' }),
    streak: page.getByRole('region', { name: 'Morning streak' }),
    week: page.getByRole('region', { name: 'This week' }),
    weekRow: (weekday: string) =>
      page.getByRole('region', { name: 'This week' }).getByRole('row', { name: weekday }),
    breaksChart: page.getByRole('img', { name: /^Stand-up breaks over the last 30 days/ }),
    stiffnessChart: page.getByRole('img', { name: /^How your back felt/ }),
    showTable: page.getByText('Show these numbers as a table'),
    exportCsv: page.getByRole('button', { name: 'Export to CSV…' }),
    exportResult: page.getByRole('status'),
    empty: page.getByRole('heading', { name: 'Nothing here yet' }),
  };
}

/** The morning offer in the prompt window. */
export function morningOfferPage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Good morning' }),
    start: page.getByRole('button', { name: 'Start', exact: true }),
    later: page.getByRole('button', { name: 'Later', exact: true }),
    notToday: page.getByRole('button', { name: 'Not today', exact: true }),
  };
}
