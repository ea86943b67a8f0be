import { bankHolidays } from '../../src/import/bank-holidays';
import { isWorkingDay, latestNotice } from '../../src/import/election';

describe('bank holidays in England and Wales', () => {
  // As published on gov.uk.
  it.each([
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
  ])('%i', (year, days) => {
    expect(bankHolidays(year)).toEqual(days);
  });
});

describe('notice of election', () => {
  it('skips weekends, bank holidays and Christmas Eve', () => {
    expect(isWorkingDay('2027-05-03')).toBe(false); // early May bank holiday
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2027-05-04')).toBe(true);
  });
  it.each([
    ['2027-05-06', '2027-03-31'],
    ['2026-05-07', '2026-03-30'], // counting back over Easter 2026
    ['2024-05-02', '2024-03-26'], // over Easter 2024 as well
  ])('polling day %s → notice by %s', (polling, notice) => {
    expect(latestNotice(polling)).toBe(notice);
  });
});
