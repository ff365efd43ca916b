#include "startuptrace.h"

#include <QtGlobal>

#include <chrono>
#include <cstdio>

namespace lectern {

void traceStartup(const char *stage)
{
    static const bool enabled = qEnvironmentVariableIsSet("LECTERN_TRACE_STARTUP");
    if (!enabled)
        return;
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::fprintf(
        stderr, "startup-trace-ns %s %lld\n", stage,
        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
}

} // namespace lectern
