import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/dataset.ts';
import { UNIT_FAMILIES } from './constants.ts';
import { BASE_UNIT_TEXT, BASE_UNITS, NON_INDICATOR_UNITS, printedUnits, toBase, UNITS, unitSpec } from './units.ts';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const measure = new Map(dataset.measures.map((m) => [m.id, m]));
const figures = dataset.indicators.filter((i) => i.status !== 'rank');

describe('the unit table', () => {
  it('knows every unit the dataset prints', () => {
    for (const i of dataset.indicators) expect(unitSpec(i.unit), `${i.id}: "${i.unit}"`).toBeDefined();
  });
  it('gives each printed unit the base unit and family the dataset carries', () => {
    for (const i of figures) {
      const spec = unitSpec(i.unit)!;
      expect([spec.base, spec.family], i.id).toEqual([i.normalized.unit, i.normalized.family]);
      expect(toBase(i.value, spec), i.id).toBe(i.normalized.value);
    }
  });
  it('gives every family one base unit, and every base unit words in both languages', () => {
    const bases = new Map<string, Set<string>>();
    for (const spec of Object.values(UNITS))
      bases.set(spec.family, (bases.get(spec.family) ?? new Set()).add(spec.base));
    for (const family of UNIT_FAMILIES.filter((f) => f !== 'rank')) expect(bases.get(family)?.size, family).toBe(1);
    expect(Object.keys(BASE_UNIT_TEXT).sort()).toEqual([...BASE_UNITS].sort());
    for (const spec of Object.values(UNITS)) expect(BASE_UNITS).toContain(spec.base);
  });
  it('writes no Chinese in English', () => {
    for (const spec of Object.values(UNITS)) {
      if (spec.en.noun) expect(`${spec.en.noun.one} ${spec.en.noun.other}`).not.toMatch(CJK);
    }
    for (const text of Object.values(BASE_UNIT_TEXT)) expect(JSON.stringify(text.en)).not.toMatch(CJK);
  });
  it('names what is counted in English only where the measure says so', () => {
    // 人/名/位 count people and 家 counts firms in every figure of the dataset.
    const dimension = { person: 'people', firm: 'firms' } as const;
    for (const i of figures) {
      const noun = unitSpec(i.unit)!.en.noun?.one;
      if (noun === 'person' || noun === 'firm')
        expect(measure.get(i.measureId)?.dimension, `${i.id} (${i.unit})`).toBe(dimension[noun]);
    }
  });
  it('reads electricity as energy, installed capacity as power, and places moved in a ranking as a count', () => {
    // Reports print 发电量12.5亿千瓦时 and 装机容量120万千瓦: read alone, 亿 would be yuan and 万 a bare count.
    expect([UNITS['亿千瓦时']!.family, toBase(12.5, UNITS['亿千瓦时']!)]).toEqual(['energy', 1.25e12]);
    expect([UNITS['万千瓦时']!.family, toBase(3, UNITS['万千瓦时']!)]).toEqual(['energy', 3e7]);
    expect([UNITS['千瓦时']!.family, toBase(2, UNITS['千瓦时']!)]).toEqual(['energy', 2000]);
    for (const [unit, watts] of [
      ['万千瓦', 1e7],
      ['千瓦', 1e3],
      ['兆瓦', 1e6],
      ['吉瓦', 1e9],
    ] as const) {
      expect([UNITS[unit]!.family, UNITS[unit]!.base, toBase(1, UNITS[unit]!)], unit).toEqual(['power', 'W', watts]);
    }
    for (const unit of ['个位次', '位次'])
      expect(UNITS[unit], unit).toMatchObject({ family: 'count', counter: true, en: { noun: { one: 'place' } } });
    expect(printedUnits('chinese')).toContain('个位次');
  });
  it('keeps the unit a number may carry but no figure may (岁) out of the table', () => {
    for (const unit of NON_INDICATOR_UNITS) expect(unitSpec(unit)).toBeUndefined();
    expect(unitSpec('toString')).toBeUndefined();
  });
});

describe('printedUnits', () => {
  it('lists every unit after an Arabic number, longest first', () => {
    const units = printedUnits('arabic');
    expect(new Set(units)).toEqual(new Set([...Object.keys(UNITS).filter((u) => u !== ''), ...NON_INDICATOR_UNITS]));
    for (const [i, unit] of units.entries()) {
      // No unit is shadowed by a shorter one it starts with.
      for (const shorter of units.slice(0, i))
        expect(unit.startsWith(shorter) && unit !== shorter, `${unit} after ${shorter}`).toBe(false);
    }
    expect(units.indexOf('万人次')).toBeLessThan(units.indexOf('万人'));
    expect(units.indexOf('个月')).toBeLessThan(units.indexOf('个'));
  });
  it('lists only counters after a Chinese numeral (三元 is "ternary", 百亿 a magnitude)', () => {
    const units = printedUnits('chinese');
    expect(units).toEqual(
      expect.arrayContaining(['个月', '个', '家', '项', '条', '名', '人', '次', '年', '大', '级', '期', '批', '户']),
    );
    expect(units).not.toContain('元');
    expect(units).not.toContain('亿');
    expect(units).not.toContain('万');
    expect(units).not.toContain('%');
  });
});
