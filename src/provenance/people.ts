import type { Person } from './types.js';

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function isSamePerson(a: Person, b: Person): boolean {
  return (a.id !== undefined && a.id === b.id) || same(a.login, b.login) || same(a.email, b.email);
}

/** Adds a person to a list, merged into the entry that shares an id, a login or an address. */
export function addPerson(people: Person[], person: Person): void {
  const known = people.find((p) => isSamePerson(p, person));
  if (!known) {
    people.push({ ...person });
    return;
  }
  if (known.login === undefined && person.login !== undefined) known.login = person.login;
  if (known.id === undefined && person.id !== undefined) known.id = person.id;
  if (known.email === undefined && person.email !== undefined) known.email = person.email;
  if (known.name === undefined && person.name !== undefined) known.name = person.name;
}

/** Adds a name to a list unless it is there already, in any case. */
export function addName(names: string[], name: string): void {
  if (!names.some((n) => same(n, name))) names.push(name);
}
