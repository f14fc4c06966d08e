// scripts/peer-address.mjs is imported only for its side effect (it patches node:http).
export {};
