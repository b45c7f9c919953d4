const path = /[/]/;
const url = /^https?:\/\/[^/]+\/$/i;
const flags = /a[\]/]b/dgimsuy;
const slashEq = /=/.test(s);
const division = 4 /2/ 1;
