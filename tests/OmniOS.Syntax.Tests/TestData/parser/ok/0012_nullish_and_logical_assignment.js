const value = input ?? fallback;
const nested = (a ?? b) || c;
const mixed = a ?? (b && c);
options.size ??= 10;
options.name ||= 'default';
options.enabled &&= check();
