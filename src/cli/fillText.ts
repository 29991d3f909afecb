/** The command line's wording catalogues write `{name}` where a value goes. */

/** The template with each `{name}` replaced by its value; unknown names stay as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
