export interface Appearance {
  date: string | null;
  town: string | null;
  official: string | null;
}

export interface AdoptionPoint {
  period: string;
  newTowns: number;
  towns: number;
  newOfficials: number;
  officials: number;
}

/**
 * How a slogan spread: each town and official counts once, in the period (year, or month) of its
 * first dated appearance; periods with nobody new are left out and the totals run on. An undated
 * appearance, or a year-only date on a monthly curve, places nobody: a guessed period would bend the curve.
 */
export function adoptionCurve(appearances: readonly Appearance[], unit: 'year' | 'month'): AdoptionPoint[] {
  const width = unit === 'year' ? 4 : 7;
  const firstTown = new Map<string, string>();
  const firstOfficial = new Map<string, string>();
  for (const { date, town, official } of appearances) {
    if (date === null || date.length < width) continue;
    const period = date.slice(0, width);
    if (town !== null && earlier(period, firstTown.get(town))) firstTown.set(town, period);
    if (official !== null && earlier(period, firstOfficial.get(official))) firstOfficial.set(official, period);
  }
  const periods = [...new Set([...firstTown.values(), ...firstOfficial.values()])].sort();
  let towns = 0;
  let officials = 0;
  return periods.map((period) => {
    const newTowns = [...firstTown.values()].filter((first) => first === period).length;
    const newOfficials = [...firstOfficial.values()].filter((first) => first === period).length;
    towns += newTowns;
    officials += newOfficials;
    return { period, newTowns, towns, newOfficials, officials };
  });
}

// ISO periods compare as strings; nothing seen yet is later than anything
function earlier(period: string, seen: string | undefined): boolean {
  return seen === undefined || period < seen;
}
