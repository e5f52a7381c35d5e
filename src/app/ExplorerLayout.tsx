import { useRef, type ReactNode } from 'react';
import { useFrameHeight } from './useFrameHeight';

export interface ExplorerLayoutProps {
  /** Inside an iframe (`?embed=1`) or the <csto-timeline> element: no page header or footer. */
  chromeless: boolean;
  /** Only a page in an iframe reports its height to its parent. */
  reportsHeight: boolean;
  fullExplorerUrl: string;
  children: ReactNode;
}

export function ExplorerLayout({
  chromeless,
  reportsHeight,
  fullExplorerUrl,
  children,
}: ExplorerLayoutProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useFrameHeight(rootRef, reportsHeight);
  if (chromeless) {
    return (
      <div ref={rootRef} className="explorer @container flex min-h-full flex-col gap-3 p-3">
        <p className="flex justify-end text-sm">
          <a href={fullExplorerUrl} target="_blank" rel="noopener" className="link">
            Open in full explorer
          </a>
        </p>
        {children}
      </div>
    );
  }
  return (
    <div ref={rootRef} className="explorer @container flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-[90rem] flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <h1 className="text-lg font-semibold tracking-tight">
            CSTO Timeline{' '}
            <span className="font-normal text-slate-600">
              · events of the Collective Security Treaty Organization
            </span>
          </h1>
        </div>
      </header>
      <main className="mx-auto w-full max-w-[90rem] flex-1 px-4 py-4">{children}</main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-[90rem] px-4 py-3 text-sm text-slate-600">
          Built from the CSTO&apos;s published news pages. Each event links to the passages it was read from;
          dates marked ≈ are inferred.
        </p>
      </footer>
    </div>
  );
}
