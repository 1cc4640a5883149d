import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataGroupCodes } from '../register/catalogue/index.js';
import {
  type AccessRequest,
  type ConnectionFacts,
  decide,
  type EndCustomerFacts,
  inSelection,
  type PermitFacts,
} from './decide.js';

const now = new Date('2026-11-25T10:00:00Z');
const permit: PermitFacts = {
  id: 'p1',
  organisationId: 'o1',
  interface: 'muutosrajapinta',
  state: 'active',
  dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA', 'VAKINAINEN_KOTIMAINEN_OSOITE'],
  turvakielto: false,
  selection: { kind: 'municipalities', codes: ['091'] },
  products: [],
  framework: false,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
};
const xroad: ConnectionFacts = {
  id: 'c1',
  kind: 'xroad',
  xroadClient: 'FI-TEST/MUN/0101263-6/demo',
  certificateSha256: null,
  certificateNotAfter: null,
  state: 'approved',
};
const certificate: ConnectionFacts = {
  id: 'c2',
  kind: 'certificate',
  xroadClient: null,
  certificateSha256: 'ab'.repeat(32),
  certificateNotAfter: new Date('2027-01-01'),
  state: 'approved',
};
const request: AccessRequest = {
  interface: 'muutosrajapinta',
  operation: 'muutokset',
  transport: { xroadClient: xroad.xroadClient as string },
};
const facts = { permit, connections: [xroad, certificate], endCustomers: [] };

describe('decide', () => {
  it('grants exactly the permit: its data groups, turvakielto setting and selection', () => {
    const decision = decide(facts, request, now);
    expect(decision).toMatchObject({
      ok: true,
      view: {
        permitId: 'p1',
        organisationId: 'o1',
        connectionId: 'c1',
        turvakielto: false,
        selection: permit.selection,
      },
    });
    expect(decision.ok && [...decision.view.dataGroups]).toEqual(permit.dataGroups);
  });

  it('narrows to the requested data groups and drops those outside the permit', () => {
    const decision = decide(facts, { ...request, dataGroups: ['KOTIKUNTA', 'TURVAKIELTO'] }, now);
    expect(decision.ok && [...decision.view.dataGroups]).toEqual(['KOTIKUNTA']);
  });

  it.each([
    [{ ...facts, permit: { ...permit, interface: 'vtjkysely' as const } }, request, 'wrong_interface'],
    [{ ...facts, permit: { ...permit, state: 'revoked' } }, request, 'permit_not_active'],
    [{ ...facts, permit: { ...permit, state: 'terms_pending' } }, request, 'permit_not_active'],
    [{ ...facts, permit: { ...permit, validUntil: '2026-11-24' } }, request, 'permit_expired'],
    [{ ...facts, permit: { ...permit, validFrom: '2026-11-26' } }, request, 'permit_expired'],
    [facts, { ...request, transport: {} }, 'no_transport_identity'],
    [facts, { ...request, transport: { xroadClient: 'FI-TEST/MUN/0101263-6/other' } }, 'unknown_connection'],
    [{ ...facts, connections: [{ ...xroad, state: 'pending' }] }, request, 'connection_not_approved'],
    [{ ...facts, connections: [{ ...xroad, state: 'revoked' }] }, request, 'connection_not_approved'],
    [
      { ...facts, connections: [{ ...certificate, certificateNotAfter: new Date('2026-11-01') }] },
      { ...request, transport: { certificateSha256: certificate.certificateSha256 as string } },
      'certificate_expired',
    ],
  ] as const)('refuses (%#) with a reason', (f, r, reason) => {
    expect(decide(f, r, now)).toEqual({ ok: false, reason });
  });

  it('lets a permit valid until today work all of that Finnish day', () => {
    const lastDay = { ...facts, permit: { ...permit, validUntil: '2026-11-25' } };
    expect(decide(lastDay, request, new Date('2026-11-25T21:59:00Z')).ok).toBe(true);
    expect(decide(lastDay, request, new Date('2026-11-25T22:01:00Z'))).toEqual({
      ok: false,
      reason: 'permit_expired',
    });
  });

  it('requires a permitted VTJkysely product, matched case-insensitively', () => {
    const soap = {
      ...facts,
      permit: { ...permit, interface: 'vtjkysely' as const, products: ['PERUSSANOMA 1'] },
    };
    const base = { ...request, interface: 'vtjkysely' as const, operation: 'HenkilonTunnusKysely' };
    expect(decide(soap, { ...base, product: 'perussanoma 1' }, now)).toMatchObject({
      ok: true,
      view: { product: 'PERUSSANOMA 1' },
    });
    expect(decide(soap, { ...base, product: 'PERUSSANOMA 3' }, now)).toEqual({
      ok: false,
      reason: 'product_not_permitted',
    });
    expect(decide(soap, base, now)).toEqual({ ok: false, reason: 'product_not_permitted' });
  });

  it('gives an intermediary at most what the named, approved end customer was approved for', () => {
    const customers: EndCustomerFacts[] = [
      {
        businessId: '0201256-6',
        name: 'Helsinki',
        dataGroups: ['HENKILON_NIMI', 'TURVAKIELTO'],
        turvakielto: true,
        approved: true,
      },
      {
        businessId: '0211675-2',
        name: 'Tampere',
        dataGroups: ['KOTIKUNTA'],
        turvakielto: false,
        approved: false,
      },
    ];
    const framework = {
      ...facts,
      permit: { ...permit, framework: true, turvakielto: true },
      endCustomers: customers,
    };
    expect(decide(framework, request, now)).toEqual({ ok: false, reason: 'end_customer_required' });
    expect(decide(framework, { ...request, endCustomer: '0211675-2' }, now)).toEqual({
      ok: false,
      reason: 'end_customer_not_approved',
    });
    expect(decide(framework, { ...request, endCustomer: '0245437-2' }, now)).toEqual({
      ok: false,
      reason: 'end_customer_not_approved',
    });
    const granted = decide(framework, { ...request, endCustomer: '0201256-6' }, now);
    expect(granted.ok && [...granted.view.dataGroups]).toEqual(['HENKILON_NIMI']);
    expect(granted).toMatchObject({
      ok: true,
      view: { turvakielto: true, endCustomer: { businessId: '0201256-6', name: 'Helsinki' } },
    });
  });

  it('places persons by home municipality for a municipality-restricted permit', () => {
    expect(inSelection({ kind: 'municipalities', codes: ['091'] }, '091')).toBe(true);
    expect(inSelection({ kind: 'municipalities', codes: ['091'] }, '049')).toBe(false);
    expect(inSelection({ kind: 'municipalities', codes: ['091'] }, null)).toBe(false);
    expect(inSelection({ kind: 'hetu_list' }, null)).toBe(true);
  });

  it('never yields a view wider than the permit, whatever the permit and the request (property)', () => {
    const groups = fc.subarray([...dataGroupCodes]);
    const arbitraryFacts = fc.record({
      permit: fc.record({
        id: fc.constant('p'),
        organisationId: fc.constant('o'),
        interface: fc.constantFrom('muutosrajapinta' as const, 'vtjkysely' as const),
        state: fc.constantFrom(
          'active',
          'active',
          'active',
          'active',
          'granted',
          'terms_pending',
          'expired',
          'revoked',
          'superseded',
        ),
        dataGroups: groups,
        turvakielto: fc.boolean(),
        selection: fc.constantFrom(
          { kind: 'hetu_list' as const },
          { kind: 'municipalities' as const, codes: ['091', '049'] },
        ),
        products: fc.subarray(['PERUSSANOMA 1', 'PERUSSANOMA 3', 'OPHREK']),
        framework: fc.boolean(),
        validFrom: fc.constantFrom('2025-01-01', '2025-01-01', '2026-11-25', '2026-12-01'),
        validUntil: fc.constantFrom('2026-11-24', '2026-11-25', '2027-12-31', '2027-12-31'),
      }),
      connections: fc
        .array(
          fc.record({
            id: fc.constant(''),
            kind: fc.constantFrom('xroad' as const, 'certificate' as const),
            xroadClient: fc.constantFrom('FI-TEST/MUN/0101263-6/a', 'FI-TEST/MUN/0101263-6/b', null),
            certificateSha256: fc.constantFrom('aa', 'bb', null),
            certificateNotAfter: fc.constantFrom(null, new Date('2026-01-01'), new Date('2027-01-01')),
            state: fc.constantFrom('approved', 'approved', 'approved', 'pending', 'rejected', 'revoked'),
          }),
          { minLength: 1, maxLength: 3 },
        )
        .map((cs) => cs.map((c, i) => ({ ...c, id: `c${i}` }))),
      endCustomers: fc.array(
        fc.record({
          businessId: fc.constantFrom('0201256-6', '0211675-2'),
          name: fc.constant('x'),
          dataGroups: groups,
          turvakielto: fc.boolean(),
          approved: fc.constantFrom(true, true, false),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    const arbitraryRequest = fc.record(
      {
        interface: fc.constantFrom('muutosrajapinta' as const, 'vtjkysely' as const),
        operation: fc.constant('x'),
        transport: fc.record(
          {
            xroadClient: fc.constantFrom('FI-TEST/MUN/0101263-6/a', 'FI-TEST/MUN/0101263-6/b'),
            certificateSha256: fc.constantFrom('aa', 'bb'),
          },
          { requiredKeys: [] },
        ),
        endCustomer: fc.constantFrom('0201256-6', '0211675-2'),
        product: fc.constantFrom('perussanoma 1', 'OPHREK', 'HUOLTAJA-HUOLLETTAVAT'),
        dataGroups: groups,
      },
      { requiredKeys: ['interface', 'operation', 'transport'] },
    );
    let granted = 0;
    fc.assert(
      // Half of the requests go to the permit's own interface, so that a fair share can be granted at all.
      fc.property(arbitraryFacts, arbitraryRequest, fc.boolean(), (f, generated, sameInterface) => {
        const first = f.connections[0];
        const r = sameInterface
          ? {
              ...generated,
              interface: f.permit.interface,
              transport:
                first?.kind === 'xroad'
                  ? { xroadClient: first.xroadClient ?? '' }
                  : { certificateSha256: first?.certificateSha256 ?? '' },
              endCustomer: f.endCustomers[0]?.businessId ?? '',
            }
          : generated;
        const decision = decide(f, r, now);
        if (!decision.ok) return;
        granted++;
        const { view } = decision;
        // Only an active permit of this interface, within its validity, through an approved connection of its own.
        expect(f.permit.state).toBe('active');
        expect(f.permit.interface).toBe(r.interface);
        expect(f.permit.validFrom <= '2026-11-25' && f.permit.validUntil >= '2026-11-25').toBe(true);
        const connection = f.connections.find((c) => c.id === view.connectionId && c.state === 'approved');
        expect(connection).toBeDefined();
        expect(
          connection?.kind === 'xroad'
            ? connection.xroadClient === r.transport.xroadClient
            : connection?.certificateSha256 === r.transport.certificateSha256,
        ).toBe(true);
        // Never a data group outside the permit, the request, or the end customer's approval.
        for (const g of view.dataGroups) {
          expect(f.permit.dataGroups).toContain(g);
          if (r.dataGroups) expect(r.dataGroups).toContain(g);
        }
        if (view.turvakielto) expect(f.permit.turvakielto).toBe(true);
        if (f.permit.framework) {
          const customer = f.endCustomers.find((c) => c.businessId === r.endCustomer && c.approved);
          expect(customer).toBeDefined();
          for (const g of view.dataGroups) expect(customer?.dataGroups).toContain(g);
          if (view.turvakielto) expect(customer?.turvakielto).toBe(true);
        }
        if (r.interface === 'vtjkysely')
          expect(f.permit.products.map((p) => p.toUpperCase())).toContain(r.product?.toUpperCase());
        expect(view.selection).toEqual(f.permit.selection);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: some of the generated cases are granted (about 2 %, 60 of 3000).
    expect(granted).toBeGreaterThan(20);
  });
});
