/**
 * Test builder: a string that matches a form's `pattern`, for the regular expressions agencies
 * write (anchors, literals, `\d \w \s`, classes with ranges and `\u` escapes, groups `( )`
 * `(?: )`, alternatives `|`, quantifiers `? * + {n} {n,m}`). Lookarounds and back references are
 * not needed by forms and not supported: the caller validates the result and reports a pattern it
 * could not satisfy.
 */

type Node =
  | { kind: 'chars'; options: string[] }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const DIGITS = '0123456789';
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const UNBOUNDED = 8;

class Parser {
  private index = 0;
  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.index < this.source.length) throw new Error(`samplePattern: unexpected "${this.peek()}"`);
    return alternatives;
  }

  private peek(): string | undefined {
    return this.source[this.index];
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      if (atom) nodes.push(this.quantified(atom));
    }
    return nodes;
  }

  private atom(): Node | undefined {
    const char = this.source[this.index++] as string;
    switch (char) {
      case '^':
      case '$':
        return undefined;
      case '.':
        return { kind: 'chars', options: ['a'] };
      case '(': {
        if (this.source.startsWith('?:', this.index)) this.index += 2;
        else if (this.peek() === '?') throw new Error('samplePattern: lookarounds are not supported');
        const alternatives = this.alternatives();
        if (this.source[this.index++] !== ')') throw new Error('samplePattern: unclosed group');
        return { kind: 'group', alternatives };
      }
      case '[':
        return this.characterClass();
      case '\\':
        return { kind: 'chars', options: this.escape(false) };
      default:
        return { kind: 'chars', options: [char] };
    }
  }

  private escape(inClass: boolean): string[] {
    const char = this.source[this.index++] as string;
    switch (char) {
      case 'd':
        return [...DIGITS];
      case 'w':
        return [...WORD];
      case 's':
        return [' '];
      case 'D':
      case 'W':
        return ['-'];
      case 'S':
        return ['a'];
      case 'b':
        if (inClass) return ['\b'];
        throw new Error('samplePattern: word boundaries are not supported');
      case 'n':
        return ['\n'];
      case 't':
        return ['\t'];
      case 'u': {
        const hex = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(this.source.slice(this.index));
        if (!hex) return ['u'];
        this.index += hex[0].length;
        return [String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? '0', 16))];
      }
      default:
        return [char];
    }
  }

  private classChar(): string[] {
    const char = this.source[this.index++];
    if (char === undefined) throw new Error('samplePattern: unclosed class');
    return char === '\\' ? this.escape(true) : [char];
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.index++;
    const options: string[] = [];
    let first = true;
    while (this.peek() !== ']' || first) {
      first = false;
      const from = this.classChar();
      if (from.length === 1 && this.peek() === '-' && this.source[this.index + 1] !== ']') {
        this.index++;
        const to = this.classChar();
        const start = from[0]!.codePointAt(0)!;
        const end = to[0]!.codePointAt(0)!;
        for (let code = start; code <= end && code - start < 64; code++)
          options.push(String.fromCodePoint(code));
      } else options.push(...from);
    }
    this.index++;
    if (negated) {
      const excluded = new Set(options);
      const candidates = [...'aA0 -_.xyzXYZ9'].filter((c) => !excluded.has(c));
      return { kind: 'chars', options: candidates.length > 0 ? candidates : ['~'] };
    }
    return { kind: 'chars', options };
  }

  private quantified(node: Node): Node {
    const char = this.peek();
    let min = 1;
    let max = 1;
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, UNBOUNDED];
    else if (char === '+') [min, max] = [1, UNBOUNDED];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
      if (!match) return node;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] ? Number(match[3]) : min + UNBOUNDED;
      this.index += match[0].length - 1;
    } else return node;
    this.index++;
    if (this.peek() === '?') this.index++;
    return { kind: 'repeat', node, min, max };
  }
}

/**
 * A string matching `pattern` whose repetitions take `stretch` more than their minimum (capped at
 * their maximum), so a caller can grow the result towards a `minLength`. `pick(n)` chooses among
 * n options; by default always the first, which keeps results predictable.
 *
 * @example samplePattern('^LV-\\d{4}$') // 'LV-0000'
 */
export function samplePattern(pattern: string, stretch = 0, pick: (n: number) => number = () => 0): string {
  const alternatives = new Parser(pattern).parse();
  const emit = (nodes: Node[]): string => nodes.map(emitNode).join('');
  const emitNode = (node: Node): string => {
    switch (node.kind) {
      case 'chars':
        return node.options[pick(node.options.length)] ?? '';
      case 'group':
        return emit(node.alternatives[pick(node.alternatives.length)] ?? []);
      case 'repeat': {
        const count = Math.min(node.max, node.min + stretch);
        let text = '';
        for (let i = 0; i < count; i++) text += emitNode(node.node);
        return text;
      }
    }
  };
  return emit(alternatives[pick(alternatives.length)] ?? []);
}
