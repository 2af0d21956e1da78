// Many links, one listener. Long lists of links (table rows, the lists under the
// charts) are plain anchors: a react-router <Link> per row costs several hooks at
// every filter change. One click handler on the frame routes them in the app;
// a modified or middle click still opens a new tab, as with any link.
import { useCallback, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

export function RouteLink({ to, ...rest }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }) {
  return <a href={to} data-route="" {...rest} />;
}

/** The frame's click handler: an unmodified left click on a RouteLink navigates in the app. */
export function useRouteLinkClicks(): (event: MouseEvent) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return;
      const anchor = (event.target as Element).closest?.('a[data-route]');
      const href = anchor?.getAttribute('href');
      if (!anchor || !href || (anchor.getAttribute('target') ?? '_self') !== '_self') return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );
}
