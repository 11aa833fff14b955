// Reaches into the CLOSED shadow roots Learnmark puts in pages (the feed's Save control, the
// nudge card), which neither the page nor Playwright's locators can open. The test goes through
// the DevTools protocol instead (DOM.getDocument with `pierce`), reads text and attributes
// there, and clicks with the real mouse at the element's place on screen: a trusted click, as
// a person makes, unlike a script's `element.click()`, which Learnmark ignores.

/** The CDP session of `page`, one per page. */
const sessions = new WeakMap();
async function cdpOf(page) {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** Every shadow root hosted by a `hostTag` element in the page, closed ones included. */
async function shadowRoots(page, hostTag) {
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found = [];
  const walk = (node) => {
    if (node.localName === hostTag && node.shadowRoots?.length) found.push({ host: node, root: node.shadowRoots[0] });
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  return found;
}

async function call(page, objectId, fn, ...args) {
  const cdp = await cdpOf(page);
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn.toString(),
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`in the shadow root: ${exceptionDetails.text}`);
  return result.value;
}

async function objectOf(page, node) {
  const cdp = await cdpOf(page);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
  return object.objectId;
}

async function elementIn(page, shadowRoot, selector) {
  const cdp = await cdpOf(page);
  const object = { objectId: await objectOf(page, shadowRoot) };
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function (s) { return this.querySelector(s); }',
    arguments: [{ value: selector }],
  });
  return result.objectId ?? null;
}

/**
 * The elements matching `selector` inside every `hostTag` host's shadow root, in document
 * order, as handles with `text()`, `attr(name)`, `look()` (box, colours, whether it is on top),
 * `click()` (a real mouse click) and `focus()`.
 * `within: { closest, hasText }` keeps the hosts inside such an ancestor (e.g. one post).
 */
export async function inClosedShadows(page, hostTag, selector, { within } = {}) {
  const out = [];
  for (const { host, root } of await shadowRoots(page, hostTag)) {
    if (within) {
      const inside = await call(
        page,
        await objectOf(page, host),
        function (closest, hasText) {
          const a = this.closest(closest);
          return !!a && (!hasText || a.textContent.includes(hasText));
        },
        within.closest,
        within.hasText ?? '',
      );
      if (!inside) continue;
    }
    const objectId = await elementIn(page, root, selector);
    if (!objectId) continue;
    out.push({
      text: () =>
        call(page, objectId, function () {
          return this.textContent;
        }),
      attr: (name) =>
        call(
          page,
          objectId,
          function (n) {
            return this.getAttribute(n);
          },
          name,
        ),
      focus: () =>
        call(page, objectId, function () {
          this.focus();
        }),
      look: () =>
        call(page, objectId, function () {
          const r = this.getBoundingClientRect();
          const s = getComputedStyle(this);
          // What the page sees at the element's centre: the host when nothing covers it.
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return {
            left: r.left,
            top: r.top,
            width: r.width,
            height: r.height,
            inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
            onTop: top === this.getRootNode().host,
            color: s.color,
            background: s.backgroundColor,
            fontSize: s.fontSize,
          };
        }),
      click: async () => {
        const [x, y] = await call(page, objectId, function () {
          this.scrollIntoView({ block: 'center' });
          const r = this.getBoundingClientRect();
          return [r.x + r.width / 2, r.y + r.height / 2];
        });
        await page.mouse.click(x, y);
      },
    });
  }
  return out;
}

/** Whether a `hostTag` element with a shadow root is in the page. */
export async function hasClosedShadow(page, hostTag) {
  return (await shadowRoots(page, hostTag)).length > 0;
}

/**
 * An open copy of the first `hostTag` host's closed shadow tree (its style and markup, without
 * listeners), added to the page as `<learnmark-open-copy>`, for checks that cannot enter a closed
 * root, such as axe-core. Resolves to the number of buttons copied and a function removing it.
 */
export async function openCopyOfClosedShadow(page, hostTag) {
  const [found] = await shadowRoots(page, hostTag);
  if (!found) throw new Error(`no ${hostTag} in the page`);
  const buttons = await call(page, await objectOf(page, found.root), function () {
    const copy = document.createElement('learnmark-open-copy');
    const root = copy.attachShadow({ mode: 'open' });
    for (const node of this.childNodes) root.append(node.cloneNode(true));
    document.documentElement.append(copy);
    return root.querySelectorAll('button').length;
  });
  return { buttons, remove: () => page.evaluate(() => document.querySelector('learnmark-open-copy')?.remove()) };
}
