// Lint fixture (never built): half of an import cycle, which lint must reject.
import { b } from './cycle-b.ts';

export const a = (): number => b();
