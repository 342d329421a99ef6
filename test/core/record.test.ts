import fc from 'fast-check';
import { compareOrder, createConsentId, decodeConsentRecord, encodeConsentRecord, MAX_RECORD_LENGTH, orderOf, type ConsentRecord } from '../../src/core/record';

const ids = ['essential', 'functional', 'analytics'];
const record: ConsentRecord = {
  schema: 1,
  revision: 3,
  id: '9f86d081884c7d659a2feaa0c55ad015',
  decidedAt: 1_764_390_000,
  expiresAt: 1_780_114_800,
  method: 'custom',
  gpc: false,
  choices: { essential: true, functional: true, analytics: false },
};
const encoded = encodeConsentRecord(record);
// RFC 6265 cookie-octet: visible ASCII except space, DQUOTE, comma, semicolon and backslash.
const COOKIE_OCTETS = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

const decodeOk = (raw: unknown, known = ids, serviceIds: string[] = []) => {
  const result = decodeConsentRecord(raw, known, serviceIds);
  if (!result.ok) throw new Error(`expected ${String(raw)} to decode, got ${result.reason}`);
  return result.record;
};

/** Any record the store could write: ids drawn from the config, every choice a boolean (schema 1 here; schema 2 below). */
// The ids the config accepts: Object.prototype's own names are reserved.
const categoryId = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/).filter((id) => !(id in {}));
const arbitraryRecord = fc.uniqueArray(categoryId, { minLength: 1, maxLength: 64 }).chain((categoryIds) =>
  fc.record({
    categoryIds: fc.constant(categoryIds),
    record: fc.record({
      schema: fc.constant(1 as const),
      revision: fc.nat(),
      id: fc.stringMatching(/^[0-9a-f]{32}$/),
      decidedAt: fc.nat({ max: 4_000_000_000 }),
      expiresAt: fc.nat({ max: 4_000_000_000 }),
      method: fc.constantFrom('accept-all' as const, 'reject-all' as const, 'custom' as const),
      gpc: fc.boolean(),
      choices: fc.tuple(...categoryIds.map(() => fc.boolean())).map((values) => Object.fromEntries(categoryIds.map((id, i) => [id, values[i]!]))),
    }),
  }),
);

describe('consent record codec', () => {
  it('should read back what it wrote', () => {
    expect(decodeOk(encoded)).toEqual(record);
  });

  it('should write only characters a cookie can hold unescaped', () => {
    expect(encoded).toMatch(COOKIE_OCTETS);
  });

  it('should fit in one cookie even with 64 categories of the longest ids', () => {
    const many = Array.from({ length: 64 }, (_, i) => `category-${String(i).padStart(2, '0')}-${'x'.repeat(19)}`);
    const big = encodeConsentRecord({ ...record, revision: Number.MAX_SAFE_INTEGER, choices: Object.fromEntries(many.map((id) => [id, true])) });
    expect(big.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
    expect(Object.keys(decodeOk(big, many).choices)).toHaveLength(64);
  });

  it('should drop choices for categories the config does not have', () => {
    const withRetired = encodeConsentRecord({ ...record, choices: { ...record.choices, marketing: true } });
    expect(decodeOk(withRetired).choices).toEqual({ essential: true, functional: true, analytics: false });
  });

  it('should never let __proto__ or constructor reach the choices or Object.prototype', () => {
    const hostile = encoded.replace('analytics:0', '__proto__:1!constructor:1!analytics:0');
    const { choices } = decodeOk(hostile);
    expect(Object.keys(choices)).toEqual(['essential', 'functional', 'analytics']);
    expect(Object.getPrototypeOf(choices)).toBe(Object.prototype);
    expect(Object.hasOwn(choices, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).essential).toBeUndefined();
  });

  describe('should refuse, as not decided', () => {
    it.each([
      ['a choice that is not 0 or 1', encoded.replace('analytics:0', 'analytics:true')],
      ['a choice with no value', encoded.replace('analytics:0', 'analytics')],
      ['a value cut short in the header', encoded.slice(0, 20)],
      ['a value cut inside a choice', encoded.slice(0, -2)],
      ['an unknown schema', `3${encoded.slice(1)}`],
      ['schema 2 without its list of services', `2${encoded.slice(1)}`],
      ['schema 1 with a list of services', `${encoded}.ga:1`],
      ['schema 1 with the Do Not Track flag', encoded.replace('.2.0.', '.2.2.')],
      ['an unknown method', encoded.replace('.2.0.', '.7.0.')],
      ['flags beyond GPC and Do Not Track', encoded.replace('.2.0.', '.2.4.')],
      ['a consent id that is not 32 hex digits', encoded.replace(record.id, 'x'.repeat(32))],
      ['a negative revision', encoded.replace('1.3.', '1.-3.')],
      ['a fractional time', encoded.replace('1764390000', '1764390000.5')],
      ['a category listed twice', encoded.replace('analytics:0', 'analytics:0!analytics:1')],
      ['JSON', JSON.stringify(record)],
    ])('%s', (_, raw) => {
      expect(decodeConsentRecord(raw, ids)).toEqual({ ok: false, reason: 'malformed' });
    });

    it('a value longer than a cookie can be', () => {
      expect(decodeConsentRecord(encoded + '!x:1'.repeat(1100), ids)).toEqual({ ok: false, reason: 'oversized' });
    });

    it.each([123, {}, ['1'], true, Symbol('x'), () => encoded])('a %s instead of a string', (raw) => {
      expect(decodeConsentRecord(raw, ids)).toEqual({ ok: false, reason: 'malformed' });
    });

    it.each([null, undefined, ''])('%j as empty', (raw) => {
      expect(decodeConsentRecord(raw, ids)).toEqual({ ok: false, reason: 'empty' });
    });
  });

  describe('given values stored by earlier versions', () => {
    // Written by the encoders of 0.1.0 (random ids, no reset) and of main before schema 2 (ids that
    // begin with their time, reset markers), run as they were released.
    const ids4 = ['essential', 'functional', 'analytics', 'advertising'];
    const header = (id: string) => ({ schema: 1, revision: 3, id, decidedAt: 1764390000, expiresAt: 1780114800 });
    it.each([
      [
        '0.1.0, Accept all',
        '1.3.0123456789abcdef0123456789abcdef.1764390000.1780114800.0.0.essential:1!functional:1!analytics:1!advertising:1',
        { ...header('0123456789abcdef0123456789abcdef'), method: 'accept-all', gpc: false, choices: { essential: true, functional: true, analytics: true, advertising: true } },
      ],
      [
        '0.1.0, Reject all',
        '1.3.0123456789abcdef0123456789abcdef.1764390000.1780114800.1.0.essential:1!functional:0!analytics:0!advertising:0',
        { ...header('0123456789abcdef0123456789abcdef'), method: 'reject-all', gpc: false, choices: { essential: true, functional: false, analytics: false, advertising: false } },
      ],
      [
        '0.1.0, saved choices under GPC',
        '1.3.0123456789abcdef0123456789abcdef.1764390000.1780114800.2.1.essential:1!functional:1!analytics:0!advertising:1',
        { ...header('0123456789abcdef0123456789abcdef'), method: 'custom', gpc: true, choices: { essential: true, functional: true, analytics: false, advertising: true } },
      ],
      [
        'main, Accept all',
        '1.3.019ad0c1a2b3c4d5e6f708192a3b4c5d.1764390000.1780114800.0.0.essential:1!functional:1!analytics:1!advertising:1',
        { ...header('019ad0c1a2b3c4d5e6f708192a3b4c5d'), method: 'accept-all', gpc: false, choices: { essential: true, functional: true, analytics: true, advertising: true } },
      ],
      [
        'main, saved choices under GPC',
        '1.3.019ad0c1a2b3c4d5e6f708192a3b4c5d.1764390000.1780114800.2.1.essential:1!functional:1!analytics:0!advertising:1',
        { ...header('019ad0c1a2b3c4d5e6f708192a3b4c5d'), method: 'custom', gpc: true, choices: { essential: true, functional: true, analytics: false, advertising: true } },
      ],
      [
        'main, a reset marker',
        '1.3.019ad0c1a2b3c4d5e6f708192a3b4c5e.1764390000.1764476400.3.0.',
        { ...header('019ad0c1a2b3c4d5e6f708192a3b4c5e'), expiresAt: 1764476400, method: 'reset', gpc: false, choices: {} },
      ],
    ])('should read %s as it was meant, and write it back byte for byte', (_, value, expected) => {
      const read = decodeOk(value, ids4);
      expect(read).toEqual(expected);
      expect(read.services).toBeUndefined();
      expect(encodeConsentRecord(read)).toBe(value);
    });

    it('should read them the same when the config now declares services (none of them covered)', () => {
      const value = '1.3.0123456789abcdef0123456789abcdef.1764390000.1780114800.0.0.essential:1!functional:1!analytics:1!advertising:1';
      const result = decodeConsentRecord(value, ids4, ['ga', 'stripe']);
      expect(result.ok && result.record.services).toBeUndefined();
      expect(result.ok && result.record.choices.analytics).toBe(true);
    });
  });

  describe('schema 2: service choices and Do Not Track', () => {
    const services = ['ga', 'hotjar', 'stripe'];
    const withServices: ConsentRecord = { ...record, schema: 2, services: { ga: true, hotjar: false, stripe: true }, dnt: false };

    it('should read back service choices and the Do Not Track flag', () => {
      const text = encodeConsentRecord(withServices);
      expect(text).toBe(`2${encoded.slice(1)}.ga:1!hotjar:0!stripe:1`);
      expect(decodeOk(text, ids, services)).toEqual(withServices);
      const dnt = encodeConsentRecord({ ...withServices, dnt: true, gpc: true });
      expect(dnt).toContain('.2.3.');
      expect(decodeOk(dnt, ids, services)).toMatchObject({ gpc: true, dnt: true });
    });

    it('should write schema 2 for Do Not Track alone, with an empty list of services', () => {
      const text = encodeConsentRecord({ ...record, dnt: true });
      expect(text).toBe(`2${encoded.slice(1).replace('.2.0.', '.2.2.')}.`);
      expect(decodeOk(text, ids)).toEqual({ ...record, schema: 2, dnt: true, services: {} });
    });

    it('should drop choices of services the config does not have, and never let __proto__ reach them', () => {
      const text = encodeConsentRecord({ ...withServices, services: { ga: true, retired: true, __proto__: true, constructor: true } as Record<string, boolean> });
      const { services: read } = decodeOk(text, ids, services);
      expect(read).toEqual({ ga: true });
      expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    });

    it('should refuse a service listed twice', () => {
      expect(decodeConsentRecord(`${encodeConsentRecord(withServices)}!ga:0`, ids, services)).toEqual({ ok: false, reason: 'malformed' });
    });

    it('should fit in one cookie with 64 services of 32-character ids beside the categories, and read back every one', () => {
      const many = Array.from({ length: 64 }, (_, i) => `service-${String(i).padStart(2, '0')}-${'y'.repeat(21)}`);
      expect(many.every((id) => id.length === 32)).toBe(true);
      const big = encodeConsentRecord({
        ...withServices,
        revision: Number.MAX_SAFE_INTEGER,
        gpc: true,
        dnt: true,
        services: Object.fromEntries(many.map((id, i) => [id, i % 2 === 0])),
      });
      expect(big.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
      expect(big).toMatch(COOKIE_OCTETS);
      const read = decodeOk(big, ids, many);
      expect(Object.keys(read.services!)).toHaveLength(64);
      expect(read.services![many[63]!]).toBe(false);
      expect(read.services![many[62]!]).toBe(true);
    });

    it('should read back any record with services the store can write', () => {
      const serviceId = categoryId;
      fc.assert(
        fc.property(
          arbitraryRecord,
          fc.uniqueArray(serviceId, { maxLength: 64 }).chain((serviceIds) =>
            fc.record({ serviceIds: fc.constant(serviceIds), values: fc.tuple(...serviceIds.map(() => fc.boolean())), dnt: fc.boolean() }),
          ),
          ({ record: base, categoryIds }, { serviceIds, values, dnt }) => {
            const full: ConsentRecord = { ...base, schema: 2, dnt, services: Object.fromEntries(serviceIds.map((id, i) => [id, values[i]!])) };
            const text = encodeConsentRecord(full);
            expect(text).toMatch(COOKIE_OCTETS);
            expect(decodeConsentRecord(text, categoryIds, serviceIds)).toEqual({ ok: true, record: full });
          },
        ),
      );
    });

    it('should never grant a service through a one-character edit, except by editing that very choice', () => {
      const original = encodeConsentRecord({ ...withServices, services: { ga: false, hotjar: false, stripe: false } });
      const at = (id: string) => original.lastIndexOf(`${id}:`) + id.length + 1;
      fc.assert(
        fc.property(fc.nat({ max: original.length }), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom(...'01.:!_-2ghs'), (index, kind, char) => {
          const mutated =
            kind === 'insert' ? original.slice(0, index) + char + original.slice(index) : original.slice(0, index) + (kind === 'replace' ? char : '') + original.slice(index + 1);
          const result = decodeConsentRecord(mutated, ids, services);
          if (!result.ok) return;
          for (const [id, granted] of Object.entries(result.record.services ?? {})) {
            if (granted) expect({ kind, index }).toEqual({ kind: 'replace', index: at(id) });
          }
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('schema 3: the jurisdiction model and region', () => {
    const services = ['ga'];
    const underOptOut: ConsentRecord = { ...record, schema: 3, services: { ga: false }, dnt: false, model: 'opt-out', region: 'US-CA' };

    it('should read back the model and the region', () => {
      const text = encodeConsentRecord(underOptOut);
      expect(text).toBe(`3${encoded.slice(1)}.ga:0.1US-CA`);
      expect(decodeOk(text, ids, services)).toEqual(underOptOut);
    });

    it.each([
      ['opt-in', 'DE'],
      ['notice-only', 'US-WA'],
      ['none', 'JP'],
    ] as const)('should read back %s in %s, and a model without a region', (model, region) => {
      const full: ConsentRecord = { ...underOptOut, model, region };
      expect(decodeOk(encodeConsentRecord(full), ids, services)).toEqual(full);
      const { region: _, ...bare } = full;
      expect(decodeOk(encodeConsentRecord(bare), ids, services)).toEqual(bare);
    });

    it('should still read schema 1 and 2 values as made under opt-in (no model), and write them back byte for byte', () => {
      const v2 = encodeConsentRecord({ ...record, schema: 2, services: { ga: true }, dnt: false });
      for (const value of [encoded, v2]) {
        const read = decodeOk(value, ids, services);
        expect(read.model).toBeUndefined();
        expect(encodeConsentRecord(read)).toBe(value);
      }
    });

    it.each([
      ['a model in schema 2', `2${encoded.slice(1)}.ga:0.1US-CA`],
      ['schema 3 without a model', `3${encoded.slice(1)}.ga:0`],
      ['an unknown model', `3${encoded.slice(1)}.ga:0.4US-CA`],
      ['a lower-case region', `3${encoded.slice(1)}.ga:0.1us-ca`],
      ['a region that is not a code', `3${encoded.slice(1)}.ga:0.1California`],
    ])('should refuse %s', (_, value) => {
      expect(decodeConsentRecord(value, ids, services)).toEqual({ ok: false, reason: 'malformed' });
    });
  });

  describe('a GPC opt-out (method gpc): its basis', () => {
    const services = ['ga'];
    const basisId = '019ad0c1a2b3c4d5e6f708192a3b4c5d';
    const optOut: ConsentRecord = {
      ...record,
      schema: 3,
      id: '019ad0c1a2b4000000000000000000aa',
      method: 'gpc',
      gpc: true,
      choices: { essential: true, functional: true, analytics: false },
      services: { ga: false },
      dnt: false,
      model: 'opt-out',
      region: 'US-CA',
      basis: [1_764_389_000, basisId],
    };

    it('should read back the decision it was applied to, after the region', () => {
      const text = encodeConsentRecord(optOut);
      expect(text).toMatch(/\.4\.1\.essential:1!functional:1!analytics:0\.ga:0\.1US-CA\.1764389000-019ad0c1a2b3c4d5e6f708192a3b4c5d$/);
      expect(decodeOk(text, ids, services)).toEqual(optOut);
      const onNothing: ConsentRecord = { ...optOut, basis: [0, ''] };
      expect(encodeConsentRecord(onNothing)).toMatch(/\.1US-CA\.0-$/);
      expect(decodeOk(encodeConsentRecord(onNothing), ids, services)).toEqual(onNothing);
    });

    const text = encodeConsentRecord(optOut);
    it.each([
      ['a basis on a decision the person made', text.replace('.4.1.', '.2.1.')],
      ['an opt-out without a basis', text.slice(0, text.lastIndexOf('.'))],
      ['an opt-out made without GPC', text.replace('.4.1.', '.4.0.')],
      ['a basis later than the opt-out', text.replace('.1764389000-', '.1764390001-')],
      ['a basis with a time and no id', text.slice(0, text.lastIndexOf('-') + 1)],
      ['a basis with an id and no time', text.replace('.1764389000-', '.0-')],
      ['an opt-out in schema 2', `2${encodeConsentRecord({ ...optOut, model: undefined, region: undefined, basis: undefined }).slice(1)}`],
    ])('should refuse %s', (_, value) => {
      expect(decodeConsentRecord(value, ids, services)).toEqual({ ok: false, reason: 'malformed' });
    });

    it('should sort right after its basis: after it, before anything made after it, whenever the opt-out itself was made', () => {
      const at = (decidedAt: number, id: string) => orderOf({ ...record, decidedAt, id });
      const basis = at(...optOut.basis!);
      fc.assert(
        fc.property(fc.integer({ min: 1_764_388_990, max: 1_764_389_010 }), fc.stringMatching(/^[0-9a-f]{32}$/), (decidedAt, id) => {
          const other = at(decidedAt, id);
          fc.pre(compareOrder(other, basis) !== 0);
          // Anything but the basis itself compares with the opt-out as with its basis.
          expect(Math.sign(compareOrder(other, orderOf(optOut)))).toBe(Math.sign(compareOrder(other, basis)));
        }),
        { numRuns: 2000 },
      );
      expect(compareOrder(orderOf(optOut), basis)).toBeGreaterThan(0);
      // Made a second before its own time, a decision made after the basis still wins.
      expect(compareOrder(at(optOut.decidedAt - 1, 'f'.repeat(32)), orderOf(optOut))).toBeGreaterThan(0);
      // Two tabs' opt-outs on one basis: ordered by their own ids, the same everywhere.
      const later = { ...optOut, id: '019ad0c1a2b5000000000000000000aa' };
      expect(compareOrder(orderOf(later), orderOf(optOut))).toBeGreaterThan(0);
      // Applied to nothing: newer than nothing, older than any decision.
      const onNothing = orderOf({ ...optOut, basis: [0, ''] });
      expect(compareOrder(onNothing, orderOf(null))).toBeGreaterThan(0);
      expect(compareOrder(onNothing, at(1, '0'.repeat(32)))).toBeLessThan(0);
    });

    it('should order every other record by time, then by id', () => {
      expect(compareOrder([2, 'a'], [1, 'z'])).toBeGreaterThan(0);
      expect(compareOrder([1, 'a'], [1, 'b'])).toBeLessThan(0);
      expect(compareOrder([1, 'b'], [1, 'b'])).toBe(0);
    });
  });

  it('should make a fresh 32-hex-digit consent id every time', () => {
    const a = createConsentId(Date.now());
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(createConsentId(Date.now())).not.toBe(a);
  });

  it('should begin ids with their time, so that ids of one second sort in the order they were made', () => {
    const t = Date.UTC(2026, 0, 15, 12, 0, 0, 998);
    const ids = [t, t + 1, t + 1, t + 2].map((ms) => createConsentId(ms));
    expect(ids[0]!.slice(0, 12)).toBe(t.toString(16).padStart(12, '0'));
    expect(ids[0]! < ids[1]! && ids[1]! < ids[3]! && ids[2]! < ids[3]!).toBe(true);
  });

  describe('properties', () => {
    it('should read back any record the store can write, from cookie-safe text of at most 4096 characters', () => {
      fc.assert(
        fc.property(arbitraryRecord, ({ record, categoryIds }) => {
          const text = encodeConsentRecord(record);
          expect(text).toMatch(COOKIE_OCTETS);
          expect(text.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
          expect(decodeConsentRecord(text, categoryIds)).toEqual({ ok: true, record });
        }),
      );
    });

    it('should never throw, whatever it is given', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), fc.array(fc.string()), (raw, known) => {
          const result = decodeConsentRecord(raw, known);
          expect(typeof result.ok).toBe('boolean');
        }),
      );
    });

    it('should never grant a category through a one-character edit, except by editing that very choice', () => {
      const original = encodeConsentRecord({ ...record, choices: { essential: true, functional: false, analytics: false } });
      // Index of each category's 0/1 digit in the encoding.
      const digitAt = (id: string) => original.indexOf(`${id}:`) + id.length + 1;
      const edit = fc.record({
        at: fc.nat({ max: original.length }),
        kind: fc.constantFrom('replace', 'insert', 'delete'),
        char: fc.oneof(fc.constantFrom(...'01.:!_-abcdefgly'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
      });
      fc.assert(
        fc.property(edit, ({ at, kind, char }) => {
          const mutated =
            kind === 'insert' ? original.slice(0, at) + char + original.slice(at) : original.slice(0, at) + (kind === 'replace' ? char : '') + original.slice(at + 1);
          const result = decodeConsentRecord(mutated, ids);
          if (!result.ok) return;
          for (const [id, granted] of Object.entries(result.record.choices)) {
            expect(ids).toContain(id);
            expect(typeof granted).toBe('boolean');
            if (granted && id !== 'essential') expect({ kind, at }).toEqual({ kind: 'replace', at: digitAt(id) });
          }
        }),
        { numRuns: 5000 },
      );
    });

    it('should keep only known ids with boolean choices from any list of choices', () => {
      const item = fc.tuple(fc.oneof(categoryId, fc.constantFrom('__proto__', 'constructor', 'toString', 'essential', 'analytics')), fc.constantFrom('0', '1'));
      fc.assert(
        fc.property(fc.uniqueArray(item, { selector: ([id]) => id, maxLength: 20 }), (items) => {
          const raw = `${encoded.slice(0, encoded.lastIndexOf('.'))}.${items.map(([id, v]) => `${id}:${v}`).join('!')}`;
          const { choices } = decodeOk(raw);
          for (const id of Object.keys(choices)) expect(ids).toContain(id);
          for (const value of Object.values(choices)) expect(typeof value).toBe('boolean');
          expect(Object.getPrototypeOf(choices)).toBe(Object.prototype);
        }),
      );
    });
  });
});
