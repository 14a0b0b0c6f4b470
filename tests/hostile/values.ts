/** Hostile values a framework (or a script) can set as properties. Shared by the hostile tests. */
const throwing = () => {
  throw new Error('hostile');
};

function deepArray(depth: number): unknown {
  let value: unknown = ['deep'];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export function hostileValues(): Array<[string, unknown]> {
  const cyclic: Record<string, unknown> = {label: 'cyclic'};
  cyclic['self'] = cyclic;
  const getterArray: unknown[] = ['visit'];
  Object.defineProperty(getterArray, 0, {get: throwing});
  const getterItem = {get label() { return throwing(); }, description: 'x'};
  const {proxy: revoked, revoke} = Proxy.revocable({}, {});
  revoke();
  const trap = new Proxy({}, {get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing, getOwnPropertyDescriptor: throwing});
  const arrayTrap = new Proxy([], {get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing});
  return [
    ['42', 42],
    ['-1', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['1e308', 1e308],
    ['true', true],
    ['0', 0],
    ['empty string', ''],
    ['null-prototype object', Object.create(null)],
    ['throwing toString', {toString: throwing}],
    ['throwing valueOf and toString', {valueOf: throwing, toString: throwing, [Symbol.toPrimitive]: throwing}],
    ['Symbol', Symbol('hostile')],
    ['array of a Symbol', [Symbol('hostile')]],
    ['very deep array', deepArray(20000)],
    ['array with a throwing getter', getterArray],
    ['100,000 strings', Array.from({length: 100_000}, (_, i) => `id-${i}`)],
    ['items with a throwing getter', [getterItem]],
    ['throwing Proxy', trap],
    ['throwing array Proxy', arrayTrap],
    ['revoked Proxy', revoked],
    ['function', throwing],
    ['BigInt', 10n],
    ['invalid Date', new Date(NaN)],
    ['RegExp', /x/g],
    ['label Symbol', [{label: Symbol('x'), description: 'y'}]],
    ['mixed array', [null, undefined, 1, {}, [], 'visit']],
    ['1,000,000 characters', 'x'.repeat(1_000_000)],
    ['description with throwing toString', [{label: 'a', description: {toString: throwing}}]],
    ['Map', new Map([['label', 'x']])],
    ['cyclic object', cyclic],
    ['String object', new String('3')],
    ['100,000 items', JSON.stringify(Array.from({length: 100_000}, (_, i) => ({label: `Item ${i}`, description: 'd'})))],
  ];
}
