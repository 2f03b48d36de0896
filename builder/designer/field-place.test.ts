import { describe, expect, it } from 'vitest';
import { canvasSteps } from './canvas-model.ts';
import { buttonMoveTarget, idAfterMove, indexCanvas, pageBreakField, resolveDrop } from './field-place.ts';
import { residenceWithSection } from './testing/residence-with-section.ts';

const index = indexCanvas(canvasSteps(residenceWithSection()));
const id = (key: string) => `/properties/${key}`;

describe('resolveDrop', () => {
  it('puts a field in the place of the one it is dropped on, in any container', () => {
    expect(resolveDrop(index, id('email'), id('givenName'))).toEqual({ container: 'step:person', index: 1 });
    expect(resolveDrop(index, id('givenName'), id('email'))).toEqual({ container: 'step:person', index: 5 });
    expect(resolveDrop(index, id('phone'), '/properties/address/properties/city')).toEqual({
      container: id('address'),
      index: 1,
    });
  });

  it('puts a new field after the one it is over when dropped on its lower half', () => {
    expect(resolveDrop(index, null, id('givenName'), true)).toEqual({ container: 'step:person', index: 2 });
    expect(resolveDrop(index, id('email'), id('givenName'), true)).toEqual({
      container: 'step:person',
      index: 1,
    });
  });

  it('appends when dropped on a container, and a new field from the palette likewise', () => {
    expect(resolveDrop(index, id('phone'), `in:${id('address')}`)).toEqual({
      container: id('address'),
      index: 4,
    });
    expect(resolveDrop(index, null, 'step:residence')).toEqual({ container: 'step:residence', index: 4 });
  });

  it('refuses a section into itself and a drop where the field already is', () => {
    expect(resolveDrop(index, id('address'), '/properties/address/properties/city')).toBeUndefined();
    expect(resolveDrop(index, id('email'), id('email'))).toBeUndefined();
    expect(resolveDrop(index, id('email'), 'nowhere')).toBeUndefined();
    expect(resolveDrop(index, id('address'), `in:${id('address')}`)).toBeUndefined();
  });
});

describe('buttonMoveTarget', () => {
  it('moves up and down within the list, not past its ends', () => {
    expect(buttonMoveTarget(index, id('givenName'), 'up')).toEqual({ container: 'step:person', index: 0 });
    expect(buttonMoveTarget(index, id('personalCode'), 'up')).toBeUndefined();
    expect(buttonMoveTarget(index, id('email'), 'down')).toBeUndefined();
  });

  it('moves between steps', () => {
    expect(buttonMoveTarget(index, id('email'), 'next-step')).toEqual({
      container: 'step:residence',
      index: 0,
    });
    expect(buttonMoveTarget(index, id('address'), 'previous-step')).toEqual({
      container: 'step:person',
      index: 6,
    });
    expect(buttonMoveTarget(index, id('email'), 'previous-step')).toBeUndefined();
  });

  it('moves into the section above and back out after it', () => {
    expect(buttonMoveTarget(index, id('moveInDate'), 'into-above')).toEqual({
      container: id('address'),
      index: 4,
    });
    expect(buttonMoveTarget(index, '/properties/address/properties/city', 'out')).toEqual({
      container: 'step:residence',
      index: 1,
    });
    expect(buttonMoveTarget(index, id('email'), 'out')).toBeUndefined();
  });
});

describe('idAfterMove', () => {
  it('gives the pointer a field gets in its new container', () => {
    expect(idAfterMove(index, 'phone', { container: id('address'), index: 0 })).toBe(
      '/properties/address/properties/phone',
    );
    expect(idAfterMove(index, 'city', { container: 'step:person', index: 0 })).toBe('/properties/city');
  });
});

describe('pageBreakField', () => {
  it('names the field a new step starts with, never the first of a step or a nested one', () => {
    expect(pageBreakField(index, { container: 'step:person', index: 3 })).toBe('birthDate');
    expect(pageBreakField(index, { container: 'step:person', index: 0 })).toBeUndefined();
    expect(pageBreakField(index, { container: 'step:person', index: 6 })).toBeUndefined();
    expect(pageBreakField(index, { container: id('address'), index: 1 })).toBeUndefined();
  });
});
