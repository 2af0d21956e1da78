// A function that remembers its last argument and result: for a value a component
// derives from something that arrives only later (a map's bounds, once its file is
// registered), made once per change of what it depends on, not on every render.
export function rememberLast<A, R>(fn: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; value: R } | undefined;
  return (arg) => {
    if (!last || last.arg !== arg) last = { arg, value: fn(arg) };
    return last.value;
  };
}
