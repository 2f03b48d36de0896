import { describe, expect, it } from 'vitest';
import { moveSentences } from './describe-move.ts';

const field = { label: 'Vārds', isNew: false };
const place = { container: { kind: 'step' as const, label: 'Par jums' }, index: 2, total: 6 };

describe('moveSentences', () => {
  it('says in Latvian what moved where', () => {
    const lv = moveSentences('lv');
    expect(lv.start(field)).toMatch(/^Lauks 'Vārds' paņemts\./);
    expect(lv.end(field, place)).toBe("Lauks 'Vārds' nolikts solī 'Par jums', 3. vieta no 6.");
    expect(
      lv.end(
        { label: 'Īss teksts', isNew: true },
        { ...place, container: { kind: 'group', label: 'Ģimenes locekļi' } },
      ),
    ).toBe("Jauns lauks 'Īss teksts' nolikts atkārtojamā grupā 'Ģimenes locekļi', 3. vieta no 6.");
  });

  it('says it in English, and says when nothing moved', () => {
    const en = moveSentences('en');
    expect(en.over(field, { ...place, container: { kind: 'section', label: 'Address' } })).toBe(
      "Field 'Vārds' would go in section 'Address', position 3 of 6.",
    );
    expect(en.end(field, undefined)).toBe("Moving cancelled. Field 'Vārds' stayed where it was.");
  });
});
