// Each test file's environment, before it loads anything: the emulator's clock counts only the
// services' estimates, never this machine's real CPU (the suite runs beside CPU hogs, and a clock
// that moved with the load would let the load decide a budget and so an assertion). A test that
// checks the CPU accounting gives its emulator a meter of its own. Child processes inherit it.
process.env.EMULATOR_CPU = 'off';
