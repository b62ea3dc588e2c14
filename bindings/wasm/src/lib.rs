//! WebAssembly bindings of resolint (work in progress: see the WebAssembly issue).
