import { describe, expect, it } from 'vitest';
import type { PrefillRule, ServiceDefinition } from '../../schema/service-definition.ts';
import { prefillFromUrl } from './prefill-from-url.ts';

function definitionWith(prefill: PrefillRule[]): Pick<ServiceDefinition, 'form' | 'settings'> {
  return {
    form: {
      schema: {
        type: 'object',
        properties: {
          owner: { type: 'string', title: 'Īpašnieks' },
          dogs: { type: 'integer' },
          weight: { type: 'number' },
          vaccinated: { type: 'boolean' },
          district: { type: 'string', enum: ['riga', 'cesis'] },
          address: { type: 'object', properties: { street: { type: 'string' } } },
        },
      },
      uiSchema: {},
      steps: [],
      translations: {},
    },
    settings: {
      access: { who: 'anyone', assurance: 'low' },
      prefill,
      targetProcessingTime: 'P10D',
      delivery: [],
    },
  };
}

const url = (field: string, param: string): PrefillRule => ({ field, source: { kind: 'url', param } });

describe('prefillFromUrl', () => {
  it('fills declared fields from their parameters, typed like the field', () => {
    const definition = definitionWith([
      url('owner', 'o'),
      url('dogs', 'n'),
      url('weight', 'w'),
      url('vaccinated', 'v'),
      url('district', 'd'),
    ]);
    expect(
      prefillFromUrl(definition, { o: 'Anna Bērziņa', n: '2', w: '12.5', v: 'true', d: 'cesis' }),
    ).toEqual({
      owner: 'Anna Bērziņa',
      dogs: 2,
      weight: 12.5,
      vaccinated: true,
      district: 'cesis',
    });
  });

  it('ignores parameters that no url rule declares, and claim rules', () => {
    const definition = definitionWith([
      url('owner', 'o'),
      { field: 'dogs', source: { kind: 'claim', claim: 'given_name' } },
    ]);
    expect(prefillFromUrl(definition, { owner: 'x', dogs: '3', n: '3' })).toEqual({});
  });

  it('drops values that do not fit the field', () => {
    const definition = definitionWith([
      url('dogs', 'n'),
      url('weight', 'w'),
      url('vaccinated', 'v'),
      url('district', 'd'),
      url('address', 'a'),
    ]);
    expect(prefillFromUrl(definition, { n: '2.5', w: '', v: 'yes', d: 'tukums', a: 'Brīvības 1' })).toEqual(
      {},
    );
  });

  it('never writes to fields the form does not have, even hostile names', () => {
    const definition = definitionWith([url('__proto__', 'p'), url('missing', 'm')]);
    const data = prefillFromUrl(definition, { p: 'polluted', m: 'x' });
    expect(data).toEqual({});
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });
});
