import type { HistoryStats } from '@shared/history/stats';

/** Where the 30-day charts put things, in viewBox units. Pure, so the views only draw. */

type SeriesDay = HistoryStats['last30'][number];

export const CHART_WIDTH = 600;
/** Room on the left for the scale's numbers, and below for the dates. */
export const PLOT_LEFT = 28;
const PLOT_RIGHT = CHART_WIDTH - 4;
const SLOT = (PLOT_RIGHT - PLOT_LEFT) / 30;

export interface Bar {
  day: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The centre of the day's slot. */
export const slotCentre = (index: number) => PLOT_LEFT + SLOT * (index + 0.5);

/** The breaks scale's top: the busiest day, but at least 4 so one break is not a tower. */
export function breaksScaleTop(days: readonly SeriesDay[]): number {
  return Math.max(4, ...days.map((d) => d.breaksTaken));
}

/** One bar a day; a day with no break gets no bar, and its slot stays empty. */
export function breakBars(days: readonly SeriesDay[], top: number, plotHeight: number): Bar[] {
  const scaleTop = breaksScaleTop(days);
  return days.map((d, index) => {
    const height = (d.breaksTaken / scaleTop) * plotHeight;
    return {
      day: d.day,
      value: d.breaksTaken,
      x: slotCentre(index) - SLOT * 0.35,
      y: top + plotHeight - height,
      width: SLOT * 0.7,
      height,
    };
  });
}

export interface Point {
  day: string;
  value: number;
  x: number;
  y: number;
}

/** The days with a stiffness score, placed on 0 (bottom, loose) to 10 (top, very stiff). */
export function stiffnessPoints(
  days: readonly SeriesDay[],
  top: number,
  plotHeight: number,
): Point[] {
  return days.flatMap((d, index) =>
    d.stiffness === null
      ? []
      : [
          {
            day: d.day,
            value: d.stiffness,
            x: slotCentre(index),
            y: top + plotHeight - (d.stiffness / 10) * plotHeight,
          },
        ],
  );
}

/**
 * The trend line through the scores. A day with no score breaks the line, so a gap reads as
 * "not asked" rather than a slope nobody felt.
 */
export function stiffnessPath(days: readonly SeriesDay[], top: number, plotHeight: number): string {
  let path = '';
  let drawing = false;
  days.forEach((d, index) => {
    if (d.stiffness === null) {
      drawing = false;
      return;
    }
    const x = slotCentre(index).toFixed(1);
    const y = (top + plotHeight - (d.stiffness / 10) * plotHeight).toFixed(1);
    path += `${drawing ? 'L' : 'M'}${x} ${y} `;
    drawing = true;
  });
  return path.trim();
}
