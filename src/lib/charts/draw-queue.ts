/** Chart drawing spread over tasks, so that a page of charts never holds the main thread for long. */

const drawQueue: Array<() => void> = [];

/**
 * Runs `draw` in a task of its own, after the draws queued before it: the six charts appear one
 * after another instead of holding the page for the time of all six (on a slow phone that was
 * most of a second without an answer to a tap). Returns a function that takes it off the queue.
 */
export function queueDraw(draw: () => void): () => void {
  drawQueue.push(draw);
  if (drawQueue.length === 1) setTimeout(drawNext, 0);
  return () => {
    const at = drawQueue.indexOf(draw);
    if (at > 0) drawQueue.splice(at, 1);
    else if (at === 0) drawQueue[0] = () => {};
  };
}

function drawNext() {
  const draw = drawQueue[0];
  if (!draw) return;
  try {
    draw();
  } finally {
    drawQueue.shift();
    if (drawQueue.length) setTimeout(drawNext, 0);
  }
}
