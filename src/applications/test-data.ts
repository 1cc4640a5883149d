/** Builders for application tests: complete answers for each form, changed per test. Test-only. */
import { crc32 } from 'node:zlib';
import type { FormId } from './forms/types.js';
import type { Content } from './model.js';

const contacts = {
  adminContactName: 'Maija Meikäläinen',
  adminContactEmail: 'kirjaamo@esimerkkila.example',
  adminContactPhone: '+358 9 123 4567',
  technicalContactName: 'Teemu Teknikko',
  technicalContactEmail: 'it-tuki@toimittaja.example',
  technicalContactPhone: '040 123 4567',
};

const dataSecurity = {
  accessControl: 'Käyttöoikeudet myönnetään tehtävän perusteella ja tarkistetaan puolen vuoden välein.',
  logging: 'Jokainen haku kirjataan lokiin, lokit säilytetään viisi vuotta ja niitä seurataan kuukausittain.',
  retention: 'Tiedot poistetaan, kun asiakkuus päättyy.',
  storageLocation: 'Oma konesali Suomessa.',
  processors: 'Ei käsittelijöitä.',
  incidentHandling: 'Poikkeamat ilmoitetaan tietoturvavastaavalle ja DVV:lle viipymättä.',
};

export function completeContent(form: FormId, businessId = '0245437-2'): Content {
  switch (form) {
    case 'muutosrajapinta':
      return {
        ...contacts,
        technicalDeputy: false,
        purpose: 'Sosiaalihuollon asiakasrekisterin osoitetietojen ajantasaisuus.',
        dataGroups: {
          HENKILON_NIMI: { justification: 'Asiakkaan tunnistaminen.', legalBasis: 'Sosiaalihuoltolaki 41 §' },
          KOTIKUNTA: { justification: 'Palvelun järjestämisvastuu.', legalBasis: 'Sosiaalihuoltolaki 58 §' },
        },
        selectionCriterion: 'municipality',
        municipalities: ['091'],
        updateRhythm: 'daily',
        needsTurvakielto: true,
        turvakieltoJustification: 'Palvelut järjestetään myös turvakieltohenkilöille.',
        turvakieltoLegalBasis: 'Sosiaalihuoltolaki (1301/2014) 41 §',
        turvakieltoProcessors: 'Sosiaalityöntekijät, noin 20 henkilöä.',
        turvakieltoAccessRestricted: true,
        turvakieltoAccessDescription: 'Roolipohjainen pääsy.',
        turvakieltoLogged: true,
        turvakieltoLoggingDescription: 'Lokit tarkistetaan kuukausittain ja säilytetään viisi vuotta.',
        turvakieltoOnwardProtection: 'Turvakieltomerkintä estää tulostuksen ja näyttämisen.',
        ...dataSecurity,
        acceptTerms: true,
      };
    case 'vtjkysely':
      return {
        purpose: 'Asiakkaiden tunnistaminen vakuutushakemuksissa.',
        dataGroups: {
          HENKILON_NIMI: { justification: 'Tunnistaminen.', legalBasis: 'Vakuutussopimuslaki 22 §' },
          KOTIKUNTA: { justification: 'Korvauskäsittely.', legalBasis: 'Vakuutussopimuslaki 22 §' },
        },
        framework: false,
        queryUsers: 'Korvauskäsittelijät.',
        endUserIdentification: 'Käyttäjätunnus välitetään Loppukayttaja-kentässä.',
        storesData: false,
        ...dataSecurity,
        connectionMethod: 'xroad',
        xroadInstance: 'FI',
        xroadMemberClass: 'COM',
        xroadMemberCode: businessId,
        xroadSubsystemCode: 'asiakaspalvelu',
        ...contacts,
        technicalDeputy: false,
        acceptTerms: true,
      };
    case 'subsystem':
      return {
        environment: 'test',
        instance: 'FI-TEST',
        memberClass: 'MUN',
        memberCode: businessId,
        subsystemCode: 'asiakasrekisteri',
        securityServer: 'lp1.esimerkkila.example',
        ...contacts,
      };
  }
}

/** A multipart/form-data body as a browser sends it: text parts and file parts in the given order. */
export function multipart(
  parts: (
    | { name: string; value: string }
    | { name: string; filename: string; contentType?: string; content: Buffer }
  )[],
): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = `----tietolupa${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'filename' in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n`
        : `Content-Disposition: form-data; name="${part.name}"\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`));
    chunks.push('filename' in part ? part.content : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Small real files of the kinds the attachment rules care about. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90), Buffer.from('PE\0\0')]),
  text: Buffer.from('Henkilötunnukset toimitetaan erikseen.\nRivi kaksi.\n'),
  latin1: Buffer.from([0x4b, 0xe4, 0x79, 0x74, 0xe4, 0x6a, 0xe4]),
  svg: Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ),
  docx: zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ],
  ]),
  zip: zip([['ohjelma.exe', 'MZ']]),
};

/** A zip archive with stored (uncompressed) entries. */
function zip(entries: [name: string, text: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
