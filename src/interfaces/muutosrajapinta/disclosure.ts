/** The disclosure-log entry of a response (DESIGN invariant 4), written in the transaction that read the data. */
import type { AccessView } from '../../access/index.js';
import type { Sql } from '../../db/index.js';
import { appendDisclosure } from '../../disclosure-log/index.js';

/** Appends what a response discloses: its persons and data groups, each once, in response order. */
export async function logDisclosure(
  tx: Sql,
  view: AccessView,
  operation: 'muutokset' | 'perustiedot',
  persons: readonly { henkilotunnus: string; tietoryhmat: readonly { tietoryhma: string }[] }[],
  now: Date,
): Promise<void> {
  await appendDisclosure(tx, {
    disclosedAt: now,
    permitId: view.permitId,
    organisationId: view.organisationId,
    connectionId: view.connectionId,
    endUser: view.endUser ?? null,
    endCustomer: view.endCustomer?.businessId ?? null,
    interface: 'muutosrajapinta',
    operation,
    hetus: [...new Set(persons.map((p) => p.henkilotunnus))],
    dataGroups: [...new Set(persons.flatMap((p) => p.tietoryhmat.map((r) => r.tietoryhma)))],
  });
}
