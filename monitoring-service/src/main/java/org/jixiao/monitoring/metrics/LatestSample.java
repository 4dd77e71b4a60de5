package org.jixiao.monitoring.metrics;

/** The last sampled value of a gauge; NaN (shown as such by Prometheus) until a sample succeeded, or after one failed. */
final class LatestSample {

    private volatile double value = Double.NaN;

    void set(double value) {
        this.value = value;
    }

    void unknown() {
        this.value = Double.NaN;
    }

    double get() {
        return value;
    }
}
