"""Counts the WebAssembly instructions of one validation of the seed omnibus.

Usage: python3 fuel.py MODULE.wasm [all|none|RULE]. MODULE is the probe crate built for
wasm32-unknown-unknown (scripts/count.sh builds it); wasmtime's fuel counts roughly one
unit per WebAssembly instruction executed. The count is deterministic, unlike timings on
a shared machine; it does not weigh instructions by their cost, and leaves out what the
JavaScript side does (copying the string in, building the result objects).
"""
import sys

import wasmtime

path = sys.argv[1]
what = sys.argv[2] if len(sys.argv) > 2 else "all"
config = wasmtime.Config()
config.consume_fuel = True
config.wasm_simd = True
engine = wasmtime.Engine(config)
store = wasmtime.Store(engine)
instance = wasmtime.Instance(store, wasmtime.Module.from_file(engine, path), [])
exports = instance.exports(store)
store.set_fuel(10**13)

if what == "all":
    call = lambda: exports["validate_all"](store)
elif what == "none":
    call = lambda: exports["validate_none"](store)
else:
    for b in what.encode():
        exports["set_name_byte"](store, b)
    rule = exports["rule_index"](store, len(what.encode()))
    if rule == 2**32 - 1 or rule == -1:
        sys.exit(f"fuel.py: no rule named {what!r}")
    call = lambda: exports["validate_only"](store, rule)


def fuel_of(f):
    before = store.get_fuel()
    n = f()
    return before - store.get_fuel(), n


fuel_of(call)  # the first run also sets up what later runs reuse
used, diagnostics = fuel_of(call)
print(f"{used} wasm instructions ({diagnostics} diagnostics)")
