// A link made against another version of the dataset says so (and what became of
// the figure it points to). The note's code and the versions' records load only
// when a link names a version other than this build's.
import { datasetVersion } from '../../data/load-dataset.ts';
import { useLoadState } from '../../hooks/use-load.ts';
import { useViewState } from '../../hooks/view-context.tsx';
import { CODE_BOUNDS, load } from '../../lib/load.ts';

const loadNote = () => load('code:version-note', () => import('./version-note-text.tsx'), CODE_BOUNDS);

export function VersionNote() {
  const { view } = useViewState();
  const other = view.version !== '' && view.version !== datasetVersion;
  const code = useLoadState(other ? loadNote() : undefined);
  if (!other || code.status !== 'ok') return null;
  const { VersionNoteText } = code.value;
  return <VersionNoteText />;
}
