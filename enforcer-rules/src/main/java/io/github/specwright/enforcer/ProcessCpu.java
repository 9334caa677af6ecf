package io.github.specwright.enforcer;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The CPU time the JVM has used, to log beside the wall-clock time of a rule: on a busy machine
 * the wall clock says more about the neighbours than about the rule.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU nanoseconds used by this JVM so far, or -1 where the platform does not say. */
    static long nanos() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean platform) {
            long nanos = platform.getProcessCpuTime();
            return nanos >= 0 ? nanos : -1;
        }
        return -1;
    }
}
