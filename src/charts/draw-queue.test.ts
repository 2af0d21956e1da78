import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestDrawTurn } from './draw-queue.ts';

describe('requestDrawTurn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts one chart at a time, the next in a task of its own after a release', () => {
    const started: string[] = [];
    const a = requestDrawTurn(() => started.push('a'));
    const b = requestDrawTurn(() => started.push('b'));
    const c = requestDrawTurn(() => started.push('c'));
    expect(started).toEqual(['a']);
    a.release();
    expect(started).toEqual(['a']);
    vi.advanceTimersByTime(0);
    expect(started).toEqual(['a', 'b']);
    b.release();
    vi.advanceTimersByTime(0);
    expect(started).toEqual(['a', 'b', 'c']);
    c.release();
    vi.advanceTimersByTime(0);
  });

  it('drops a chart that leaves before its turn, and never lets one chart hold the others for long', () => {
    const started: string[] = [];
    requestDrawTurn(() => started.push('slow'));
    const gone = requestDrawTurn(() => started.push('gone'));
    requestDrawTurn(() => started.push('next'));
    gone.release();
    vi.advanceTimersByTime(250);
    expect(started).toEqual(['slow', 'next']);
  });
});
