/**
 * Palveluväylän alijärjestelmän lupahakemus: the subsystem user permit for the test or the production
 * environment (a separate application for each), linked to a data permit or to a data-permit application.
 */
import { contactsSection, memberClassOptions, text } from './common.js';
import type { FormDefinition } from './types.js';

export const subsystemForm: FormDefinition = {
  id: 'subsystem',
  version: 1,
  title: text(
    'Palveluväylän alijärjestelmän lupahakemus',
    'Ansökan om tillstånd för delsystem i Suomi.fi-informationsleden',
    'Permit application for a Suomi.fi Data Exchange Layer subsystem',
  ),
  audience: ['public', 'company'],
  sections: [
    {
      id: 'environment',
      title: text('Ympäristö', 'Miljö', 'Environment'),
      intro: text(
        'Testi- ja tuotantoympäristön alijärjestelmille haetaan lupa erikseen. Tuotantoon siirrytään testiyhteyden jälkeen.',
        'Tillstånd för delsystem i test- och produktionsmiljön söks separat. Produktionen inleds efter en testanslutning.',
        'Subsystems for the test and the production environment are applied for separately. Production follows a test connection.',
      ),
      fields: [
        {
          id: 'environment',
          kind: 'choice',
          required: true,
          label: text('Ympäristö', 'Miljö', 'Environment'),
          options: [
            { value: 'test', label: text('Testiympäristö', 'Testmiljö', 'Test environment') },
            {
              value: 'production',
              label: text('Tuotantoympäristö', 'Produktionsmiljö', 'Production environment'),
            },
          ],
        },
      ],
    },
    {
      id: 'subsystem',
      title: text('Alijärjestelmä', 'Delsystem', 'Subsystem'),
      intro: text(
        'Alijärjestelmän on oltava lisättynä organisaationne liityntäpalvelimelle ennen hakemuksen lähettämistä.',
        'Delsystemet ska ha lagts till på er organisations säkerhetsserver innan ansökan skickas.',
        "The subsystem must already be added to your organisation's security server before you send the application.",
      ),
      fields: [
        {
          id: 'instance',
          kind: 'choice',
          required: true,
          label: text('Palveluväylän instanssi', 'Informationsledens instans', 'X-Road instance'),
          help: text(
            'Testiympäristössä FI-TEST, tuotannossa FI.',
            'FI-TEST i testmiljön, FI i produktionen.',
            'FI-TEST in the test environment, FI in production.',
          ),
          options: [
            { value: 'FI-TEST', label: text('FI-TEST', 'FI-TEST', 'FI-TEST') },
            { value: 'FI', label: text('FI', 'FI', 'FI') },
          ],
        },
        {
          id: 'memberClass',
          kind: 'choice',
          required: true,
          label: text('Jäsenluokka', 'Medlemsklass', 'Member class'),
          options: memberClassOptions(),
        },
        {
          id: 'memberCode',
          kind: 'businessId',
          required: true,
          label: text('Jäsenen tunnus (Y-tunnus)', 'Medlemskod (FO-nummer)', 'Member code (business ID)'),
        },
        {
          id: 'subsystemCode',
          kind: 'text',
          format: 'xroadCode',
          required: true,
          maxLength: 100,
          label: text('Alijärjestelmän tunnus', 'Delsystemets kod', 'Subsystem code'),
          help: text(
            'Kirjaimia, numeroita, pisteitä, alaviivoja ja väliviivoja, esimerkiksi asiakasrekisteri.',
            'Bokstäver, siffror, punkter, understreck och bindestreck, till exempel kundregister.',
            'Letters, digits, dots, underscores and hyphens, for example client-register.',
          ),
        },
        {
          id: 'securityServer',
          kind: 'text',
          format: 'fqdn',
          required: true,
          maxLength: 253,
          label: text('Liityntäpalvelimen FQDN-nimi', 'Säkerhetsserverns FQDN-namn', 'Security server FQDN'),
          help: text(
            'Julkisessa DNS:ssä oleva nimi organisaationne hallinnoimassa verkkotunnuksessa, esimerkiksi lp1.esimerkki.fi.',
            'Ett namn i offentlig DNS under en domän som er organisation förvaltar, till exempel lp1.exempel.fi.',
            'A name in public DNS under a domain your organisation holds, for example ss1.example.fi.',
          ),
        },
      ],
    },
    contactsSection({ deputy: false }),
  ],
};
