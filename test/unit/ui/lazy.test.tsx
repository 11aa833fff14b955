// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { lazy } from '../../../src/ui/lazy';
import { renderRoot } from './render-root';

const rootOf = renderRoot();

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module that arrives when the test says so, counting how often it was asked for. */
function deferredModule() {
  let arrive!: () => void;
  const arrived = new Promise<void>((ok) => (arrive = ok));
  const load = vi.fn(() => arrived.then(() => Greeting));
  return { load, arrive };
}

const settle = () => act(() => new Promise<void>((ok) => setTimeout(ok, 0)));

test('draws nothing until its module is in, then the component with its props', async () => {
  const { load, arrive } = deferredModule();
  const Lazy = lazy(load);
  act(() => render(<Lazy name="Ada" />, rootOf()));
  expect(rootOf().innerHTML).toBe('');
  expect(load).toHaveBeenCalledTimes(1);
  arrive();
  await settle();
  expect(rootOf().textContent).toBe('Hello Ada');
  act(() => render(<Lazy name="Grace" />, rootOf()));
  expect(rootOf().textContent).toBe('Hello Grace');
});

test('is not fetched until drawn or preloaded, and only once however often', async () => {
  const { load, arrive } = deferredModule();
  const Lazy = lazy(load);
  expect(load).not.toHaveBeenCalled();
  void Lazy.preload();
  void Lazy.preload();
  arrive();
  await settle();
  // Preloaded: a later draw shows it at once, with no second fetch.
  act(() =>
    render(
      <>
        <Lazy name="Ada" />
        <Lazy name="Grace" />
      </>,
      rootOf(),
    ),
  );
  expect(rootOf().textContent).toBe('Hello AdaHello Grace');
  expect(load).toHaveBeenCalledTimes(1);
});
