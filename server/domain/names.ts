/** How sponsors are matched by name: case and spacing do not matter ("X  gmbh" = "X GmbH"). */
export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");
}
