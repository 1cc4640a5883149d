/**
 * An element of the person (`Henkilo`) part of an answer: its name, the data groups it is made from, and how.
 * Products (products.ts) are ordered lists of these; the reader an element gets refuses undeclared groups.
 */
import type { DataGroupCode } from '../../../register/catalogue/index.js';
import type { GroupReader } from '../person-records.js';

export interface RenderContext {
  /** The records of a related person (a guardian) the answer describes, if that product loads them. */
  related(hetu: string): GroupReader | undefined;
}

export interface ElementDef {
  readonly name: string;
  readonly groups: readonly DataGroupCode[];
  render(records: GroupReader, context: RenderContext): string;
}

export function defineElement(
  name: string,
  groups: readonly DataGroupCode[],
  render: (records: GroupReader, context: RenderContext) => string,
): ElementDef {
  return { name, groups, render };
}
