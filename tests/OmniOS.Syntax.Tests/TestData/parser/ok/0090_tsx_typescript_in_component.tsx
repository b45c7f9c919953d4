import type { ReactNode } from 'react';

export interface CardProps<T> {
  readonly item: T;
  render?: (item: T) => ReactNode;
}

enum Size { Small = 'sm', Large = 'lg' }

export function Card<T extends { id: string }>({ item, render }: CardProps<T>) {
  const ref = useRef<HTMLDivElement>(null!);
  const size = (item as any).size satisfies Size | undefined;
  const items = new Map<string, T>([[item.id, item]]);
  return (
    <div ref={ref} data-id={item.id!} className={size === Size.Large ? 'lg' : undefined}>
      {render?.(item) ?? <Fallback<T> value={item} />}
    </div>
  );
}
