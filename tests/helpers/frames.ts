/** Loads a page of the test server in an iframe of the given size and waits for its load event. */
export async function loadFrame(src: string, width = 800, height = 600): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Adds a module script to a page (a frame's document) and waits until it has run. */
export async function addModule(doc: Document, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await loaded;
}
