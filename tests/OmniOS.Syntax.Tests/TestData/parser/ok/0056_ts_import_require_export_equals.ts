import fs = require('fs');
import type Types = require('./types');
import Alias = Some.Nested.Namespace;
export import Reexported = Other.Name;
export import type TypeOnly = require('./type-only');
const value = fs.readFileSync('x');
export = value;
