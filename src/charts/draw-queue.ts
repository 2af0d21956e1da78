// Charts start drawing one at a time, each once the one before has drawn its
// first frame. Several charts coming into view together would otherwise all draw
// in the same animation frame: one long task that blocks input. One at a time,
// the page answers between them, and the first chart is drawn no later.

interface Ticket {
  start: () => void;
}

const waiting: Ticket[] = [];
let drawing: Ticket | null = null;

function advance() {
  drawing = waiting.shift() ?? null;
  drawing?.start();
}

/** A chart that would take longer than this to draw its first frame (e.g. in a hidden box) does not hold the others. */
const MAX_HOLD_MS = 200;

/** Asks for a turn to draw; `start` is called when it comes. Call `release` once the first frame is drawn, or on unmount. */
export function requestDrawTurn(start: () => void): { release: () => void } {
  const ticket: Ticket = { start };
  let released = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    const queued = waiting.indexOf(ticket);
    if (queued >= 0) waiting.splice(queued, 1);
    // The next chart starts in a task of its own, after this frame.
    if (drawing === ticket) setTimeout(advance, 0);
  };
  ticket.start = () => {
    timer = setTimeout(release, MAX_HOLD_MS);
    start();
  };
  if (drawing) waiting.push(ticket);
  else {
    drawing = ticket;
    ticket.start();
  }
  return { release };
}
