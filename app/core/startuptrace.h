#pragma once

namespace lectern {

// Prints "startup-trace-ns STAGE NANOSECONDS" (monotonic clock) on standard
// error when LECTERN_TRACE_STARTUP is set, so that lectern-bench can show where
// the time between process start and the first painted list goes.
void traceStartup(const char *stage);

} // namespace lectern
