const s = <string>value;
const n = <number>(<unknown>raw);
const el = <HTMLInputElement>document.getElementById('x');
const len = (<string>value).length;
const arr = <Array<string>>[];
