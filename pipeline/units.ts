// Normalisation over the one unit table (src/domain/units.ts): how a unit as
// printed (亿元, 万亩, 人次) becomes its family's one base unit, so values of one
// family convert into each other and comparable indicators can share an axis.
import type { UnitFamily } from '../src/domain/schema.ts';
import { toBase, UNITS, unitSpec } from '../src/domain/units.ts';

export function knownUnit(unit: string): boolean {
  return unitSpec(unit) !== undefined;
}

/** A rank is its own family whatever its counter: 第4位 and 第4家 both mean "fourth". */
export function normalize(
  value: number,
  unit: string,
  isRank: boolean,
): { value: number; unit: string; family: UnitFamily } {
  if (isRank) return { value, unit: 'rank', family: 'rank' };
  const spec = unitSpec(unit);
  if (!spec) throw new Error(`unknown unit "${unit}"`);
  return { value: toBase(value, spec), unit: spec.base, family: spec.family };
}

/** Every family has one base unit: the unit each of its printed units becomes. */
export function baseUnits(): Record<UnitFamily, string[]> {
  const out = {} as Record<UnitFamily, string[]>;
  for (const spec of Object.values(UNITS)) {
    const list = (out[spec.family] ??= []);
    if (!list.includes(spec.base)) list.push(spec.base);
  }
  return out;
}
