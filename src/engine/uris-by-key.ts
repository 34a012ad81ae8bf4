/**
 * The uris of the articles that have a key. Most keys of a large corpus belong to one article, so
 * a lone uri is kept as the string itself rather than in an array of its own (the arrays were a
 * tenth of a 10,000-article index's memory).
 */
export class UrisByKey {
  private readonly map = new Map<string, string | string[]>();

  /** Adds a uri to a key's list; adding the uri just added again does nothing. */
  add(key: string, uri: string): void {
    const known = this.map.get(key);
    if (known === undefined) this.map.set(key, uri);
    else if (typeof known === 'string') {
      if (known !== uri) this.map.set(key, [known, uri]);
    } else if (known[known.length - 1] !== uri) known.push(uri);
  }

  remove(key: string, uri: string): void {
    const known = this.map.get(key);
    if (known === undefined) return;
    if (typeof known === 'string') {
      if (known === uri) this.map.delete(key);
      return;
    }
    const at = known.indexOf(uri);
    if (at >= 0) known.splice(at, 1);
    if (known.length === 1) this.map.set(key, known[0]!);
  }

  /** Calls `visit` with each uri of the key, in the order `get` lists them, without making a list. */
  forEach(key: string, visit: (uri: string) => void): void {
    const known = this.map.get(key);
    if (known === undefined) return;
    if (typeof known === 'string') visit(known);
    else for (const uri of known) visit(uri);
  }

  get(key: string): readonly string[] {
    const known = this.map.get(key);
    return known === undefined ? [] : typeof known === 'string' ? [known] : known;
  }
}
