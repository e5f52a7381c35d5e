// dist/embed-frame.js: the host page's side of the iframe embed. The explorer in `?embed=1` mode
// posts `{ type: 'csto-timeline:height', height }` to its parent on load and on every resize;
// this sizes the iframe that sent it. A file rather than an inline snippet, so it works under a
// strict Content-Security-Policy.

interface FrameHeightMessage {
  type: 'csto-timeline:height';
  height: number;
}

function isFrameHeightMessage(data: unknown): data is FrameHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<FrameHeightMessage>;
  return (
    type === 'csto-timeline:height' && typeof height === 'number' && Number.isFinite(height) && height > 0
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isFrameHeightMessage(event.data)) return;
  // Only the frame whose window sent the message is resized, whatever its origin.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});
