// The one place that knows unit families: how a unit as printed (亿元, 万亩, 人次)
// becomes its family's one base unit, so values of one family convert into each
// other and comparable indicators can share an axis. A factor is exact as a
// fraction (亩 = 1/1500 km²: multiply, then divide, then round the binary noise).
import type { UnitFamily } from '../src/domain/schema.ts';

interface Normal {
  factor: number;
  /** Divide by this after multiplying by the factor (1 unless the factor is a fraction). */
  divisor?: number;
  unit: string;
  family: UnitFamily;
}

const COUNT: Normal = { factor: 1, unit: 'count', family: 'count' };

const TABLE: Record<string, Normal> = {
  亿元: { factor: 1e8, unit: 'CNY', family: 'currency' },
  // Bare 亿 (产值超千亿, 百亿规模) stands for 亿元 in news on output and investment.
  亿: { factor: 1e8, unit: 'CNY', family: 'currency' },
  万元: { factor: 1e4, unit: 'CNY', family: 'currency' },
  元: { factor: 1, unit: 'CNY', family: 'currency' },
  '%': { factor: 1, unit: '%', family: 'percent' },
  万吨: { factor: 1e4, unit: 't', family: 'mass' },
  吨: { factor: 1, unit: 't', family: 'mass' },
  平方公里: { factor: 1, unit: 'km²', family: 'area' },
  // 1 亩 = 10000/15 m² = 1/1500 km², exactly.
  万亩: { factor: 1e4, divisor: 1500, unit: 'km²', family: 'area' },
  亩: { factor: 1, divisor: 1500, unit: 'km²', family: 'area' },
  吉瓦时: { factor: 1e9, unit: 'Wh', family: 'energy' },
  万立方米: { factor: 1e4, unit: 'm³', family: 'volume' },
  立方米: { factor: 1, unit: 'm³', family: 'volume' },
  米: { factor: 1, unit: 'm', family: 'length' },
  万人次: { factor: 1e4, unit: 'person-times', family: 'person-times' },
  人次: { factor: 1, unit: 'person-times', family: 'person-times' },
  万户: { factor: 1e4, unit: 'count', family: 'count' },
  万人: { factor: 1e4, unit: 'count', family: 'count' },
  万: { factor: 1e4, unit: 'count', family: 'count' },
  // Calendar time in months (a year is 12 of them); clock time in hours, a family
  // of its own, since a month has no fixed number of hours.
  个月: { factor: 1, unit: 'month', family: 'duration' },
  年: { factor: 12, unit: 'month', family: 'duration' },
  小时: { factor: 1, unit: 'h', family: 'clock-time' },
  '': { factor: 1, unit: 'index', family: 'index' },
};
for (const counter of ['个', '家', '项', '条', '名', '人', '次', '件', '户', '位', '期', '篇', '孔', '大', '级', '批', '强']) {
  TABLE[counter] = COUNT;
}

export function knownUnit(unit: string): boolean {
  return unit in TABLE;
}

/** A rank is its own family whatever its counter: 第4位 and 第4家 both mean "fourth". */
export function normalize(value: number, unit: string, isRank: boolean): { value: number; unit: string; family: UnitFamily } {
  if (isRank) return { value, unit: 'rank', family: 'rank' };
  const normal = TABLE[unit];
  if (!normal) throw new Error(`unknown unit "${unit}"`);
  // Round away binary noise: 317.7 × 1e8 must be 31770000000, not 31769999999.999996.
  return { value: Number(((value * normal.factor) / (normal.divisor ?? 1)).toPrecision(12)), unit: normal.unit, family: normal.family };
}

/** Every family has one base unit: the unit each of its printed units becomes. */
export function baseUnits(): Record<UnitFamily, string[]> {
  const out = {} as Record<UnitFamily, string[]>;
  for (const normal of Object.values(TABLE)) {
    const list = (out[normal.family] ??= []);
    if (!list.includes(normal.unit)) list.push(normal.unit);
  }
  return out;
}
