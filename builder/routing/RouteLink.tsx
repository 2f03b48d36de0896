import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './use-route.ts';

/**
 * A real link (so it opens in a new tab, is announced as a link and works without JS) that moves
 * between builder screens without reloading the page on a plain click.
 */
export function RouteLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { href, onClick, ...rest } = props;
  function click(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={click} {...rest} />;
}
