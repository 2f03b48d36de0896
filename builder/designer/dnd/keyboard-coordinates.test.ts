import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { keyboardStops } from './keyboard-coordinates.ts';

const rect = (top: number, height: number): ClientRect => ({
  top,
  height,
  bottom: top + height,
  left: 10,
  right: 110,
  width: 100,
});
const container = (id: string) => ({ id, disabled: false }) as unknown as DroppableContainer;

describe('keyboardStops', () => {
  const rects = new Map([
    ['step:a', rect(100, 300)],
    ['/properties/x', rect(100, 40)],
    ['/properties/group', rect(150, 200)],
    ['in:/properties/group', rect(190, 120)],
    ['/properties/group/properties/y', rect(190, 40)],
  ]);
  const all = [...rects.keys()].map(container);

  it('orders fields by their top and lists by their end, in reading order', () => {
    expect(keyboardStops(all, rects, undefined).map((s) => s.id)).toEqual([
      '/properties/x',
      '/properties/group',
      '/properties/group/properties/y',
      'in:/properties/group',
      'step:a',
    ]);
  });

  it('leaves out the dragged field and everything inside it', () => {
    expect(keyboardStops(all, rects, '/properties/group').map((s) => s.id)).toEqual([
      '/properties/x',
      'step:a',
    ]);
  });
});
