/** Checks of request values that a schema cannot express: hetu checksums and the data-group catalogue. */
import { badRequest } from '../../errors.js';
import { isDataGroupCode } from '../../register/catalogue/index.js';
import { InvalidHetuError, parseHetu } from '../../register/index.js';
import { ERROR_CODES } from './errors.js';

/** Every hetu must be valid; the first that is not is named by index and value (the client's own input). */
export function assertHetulista(hetulista: readonly string[]): void {
  for (const [index, hetu] of hetulista.entries()) {
    const parsed = parseHetu(hetu);
    if (!parsed.ok) {
      throw badRequest(
        ERROR_CODES.invalidHetu,
        `hetulista[${index}]: ${new InvalidHetuError(parsed.code, hetu).message}`,
      );
    }
  }
}

/** Group names must come from the catalogue; a known group outside the permit is simply not delivered. */
export function assertDataGroups(tietoryhmat: readonly string[]): void {
  for (const [index, group] of tietoryhmat.entries()) {
    if (!isDataGroupCode(group)) {
      throw badRequest(
        ERROR_CODES.unknownDataGroup,
        `tietoryhmat[${index}] is not a known data group: ${JSON.stringify(group)}`,
      );
    }
  }
}
