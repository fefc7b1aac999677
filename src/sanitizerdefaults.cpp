// Linked into every executable of a sanitized build (BACKSTEP_SANITIZERS: the asan
// preset), so that the options hold wherever the program runs: under ctest, started by
// a test as a child, by ./scripts/demo or by hand. An ASAN_OPTIONS or UBSAN_OPTIONS in
// the environment still overrides them, option by option.

// NOLINTBEGIN(bugprone-reserved-identifier): the sanitizer runtimes look these names up.
extern "C" {
// Leak checking is off: Qt keeps some allocations until the process ends (plugins, the
// SQL drivers' client libraries), which LeakSanitizer reports as leaks at every exit.
// Everything else stops the program at the first error, with its stack.
const char *__asan_default_options()
{
    return "detect_leaks=0:halt_on_error=1:strict_string_checks=1:"
           "detect_stack_use_after_return=1:check_initialization_order=1";
}

const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
}
// NOLINTEND(bugprone-reserved-identifier)
