import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { HotTable as Table } from '../../../store/analysis-select';
import { useApp } from '../../use-app';
import { HotHeader } from './HotHeader';
import { HotRow } from './HotRow';

const ROW_HEIGHT = 46;

/** The ranked modules, virtualised: only the rows in view are in the DOM. */
export function HotTable({ table }: { table: Table }) {
  const scroller = useRef<HTMLDivElement>(null);
  const sortColumn = useApp((s) => s.hotSort);
  const selectedId = useApp((s) => s.selectedId);
  const virtual = useVirtualizer({ count: table.rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  // A new order or filter starts from the top; selecting a row keeps the place.
  useEffect(() => {
    // Block body: Chromium's scrollTo returns a promise, which React would take for a cleanup.
    scroller.current?.scrollTo({ top: 0 });
  }, [table.rows]);
  return (
    <div role="table" aria-label="Hot libraries" aria-rowcount={table.rows.length + 1} className="flex min-h-0 flex-1 flex-col">
      <HotHeader />
      <div ref={scroller} role="rowgroup" className="min-h-0 flex-1 overflow-y-auto" tabIndex={-1}>
        <div className="relative w-full" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const row = table.rows[item.index];
            return (
              <HotRow
                key={row.id}
                row={row}
                index={item.index}
                max={table.max}
                sortColumn={sortColumn}
                selected={row.id === selectedId}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
