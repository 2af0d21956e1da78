import { NotFound } from '../not-found.tsx';
import { useView } from '../view-context.tsx';

export function Component() {
  return <NotFound ctx={useView()} />;
}
