/** Changing one answer at a path (`endCustomers.0.attachments`) without touching the rest. */
import type { Answers } from './conditions';

export function updateAt(answers: Answers, path: string, update: (previous: unknown) => unknown): Answers {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return answers;
  if (rest.length === 0) return { ...answers, [head]: update(answers[head]) };
  const [index, ...inner] = rest;
  const items = Array.isArray(answers[head]) ? [...(answers[head] as unknown[])] : [];
  const position = Number(index);
  if (!Number.isInteger(position) || position < 0) return answers;
  const item = (
    typeof items[position] === 'object' && items[position] !== null ? items[position] : {}
  ) as Answers;
  items[position] = inner.length === 0 ? update(item) : updateAt(item, inner.join('.'), update);
  return { ...answers, [head]: items };
}

export function addId(previous: unknown, id: string): string[] {
  const ids = Array.isArray(previous)
    ? previous.filter((item): item is string => typeof item === 'string')
    : [];
  return ids.includes(id) ? ids : [...ids, id];
}

export function removeId(previous: unknown, id: string): string[] {
  return Array.isArray(previous) ? previous.filter((item) => item !== id) : [];
}
