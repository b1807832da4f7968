import { describe, expect, it } from 'vitest';
import { nextActiveIndex } from '../../../renderer/src/components/useListboxNavigation';

describe('moving the highlight in a listbox from its text field', () => {
  it('steps with the arrows and wraps around at both ends', () => {
    expect(nextActiveIndex('ArrowDown', 0, 3, false)).toBe(1);
    expect(nextActiveIndex('ArrowDown', 2, 3, false)).toBe(0);
    expect(nextActiveIndex('ArrowUp', 1, 3, false)).toBe(0);
    expect(nextActiveIndex('ArrowUp', 0, 3, false)).toBe(2);
  });

  it('has nowhere to move when there are no options', () => {
    expect(nextActiveIndex('ArrowDown', 0, 0, true)).toBeUndefined();
    expect(nextActiveIndex('ArrowUp', 0, 0, true)).toBeUndefined();
  });

  it('jumps to the first and last option with Home and End only where asked', () => {
    expect(nextActiveIndex('Home', 2, 5, true)).toBe(0);
    expect(nextActiveIndex('End', 0, 5, true)).toBe(4);
    expect(nextActiveIndex('End', 0, 0, true)).toBe(0);
    // Without the option, Home and End stay with the text field (they move the caret).
    expect(nextActiveIndex('Home', 2, 5, false)).toBeUndefined();
    expect(nextActiveIndex('End', 0, 5, false)).toBeUndefined();
  });

  it('leaves other keys to the text field', () => {
    expect(nextActiveIndex('a', 1, 3, true)).toBeUndefined();
    expect(nextActiveIndex('PageDown', 1, 3, true)).toBeUndefined();
  });
});
