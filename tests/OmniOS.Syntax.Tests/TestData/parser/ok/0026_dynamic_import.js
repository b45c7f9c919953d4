const mod = await import('./module.js');
import('./lazy.js').then((m) => m.default);
const withOptions = import('./data.json', { with: { type: 'json' } });
const Lazy = React.lazy(() => import('./Page'));
