/** ASCII slug for canonical ids: "Jens Stoltenberg" -> "jens-stoltenberg". */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const entityId = (type: string, name: string) => `${type.toLowerCase()}:${slug(name)}`;
