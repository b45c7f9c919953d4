type EventName = `on${string}`;
type Handler<T extends string> = `handle${Capitalize<T>}Event`;
type Pair = `${number}-${number}`;
type Plain = `plain`;
type Nested = `a${`b${string}`}`;
type Css = `${number}${'px' | 'em'}`;
