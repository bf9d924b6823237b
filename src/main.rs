//! The WebAssembly entry point: installs the panic handler and mounts the app.

fn main() {
    dsr_tracker::start();
}
