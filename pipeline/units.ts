// The one place that knows unit families: how a unit as printed (亿元, 万亩, 人次)
// becomes a base unit that lets comparable indicators share an axis.
import type { UnitFamily } from '../src/domain/schema.ts';

interface Normal {
  factor: number;
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
  万亩: { factor: 1e4, unit: 'mu', family: 'area' },
  亩: { factor: 1, unit: 'mu', family: 'area' },
  吉瓦时: { factor: 1e9, unit: 'Wh', family: 'energy' },
  万立方米: { factor: 1e4, unit: 'm³', family: 'volume' },
  立方米: { factor: 1, unit: 'm³', family: 'volume' },
  米: { factor: 1, unit: 'm', family: 'length' },
  万人次: { factor: 1e4, unit: 'person-times', family: 'person-times' },
  人次: { factor: 1, unit: 'person-times', family: 'person-times' },
  万户: { factor: 1e4, unit: 'count', family: 'count' },
  万人: { factor: 1e4, unit: 'count', family: 'count' },
  万: { factor: 1e4, unit: 'count', family: 'count' },
  小时: { factor: 1, unit: 'h', family: 'duration' },
  个月: { factor: 1, unit: 'month', family: 'duration' },
  年: { factor: 1, unit: 'year', family: 'duration' },
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
  return { value: Number((value * normal.factor).toPrecision(12)), unit: normal.unit, family: normal.family };
}
