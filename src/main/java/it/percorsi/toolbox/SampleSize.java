package it.percorsi.toolbox;

/**
 * Answers needed to estimate a proportion: n₀ = z²·p(1−p)/e², corrected for a finite population
 * N with n = n₀ / (1 + (n₀ − 1)/N), rounded up at the end only (as the published table does).
 */
public final class SampleSize {

    private SampleSize() {
    }

    /** The z value for the usual confidence levels (90, 95, 99 %). */
    public static double z(int confidencePercent) {
        return switch (confidencePercent) {
            case 90 -> 1.645;
            case 95 -> 1.96;
            case 99 -> 2.576;
            default -> throw new IllegalArgumentException("confidence must be 90, 95 or 99: " + confidencePercent);
        };
    }

    /** n₀ for a very large population, not rounded. */
    public static double infinite(int confidencePercent, double marginPercent, double expectedProportion) {
        check(marginPercent, expectedProportion);
        double z = z(confidencePercent);
        double e = marginPercent / 100;
        return z * z * expectedProportion * (1 - expectedProportion) / (e * e);
    }

    /** Answers needed; population ≤ 0 means "very large". */
    public static long answers(long population, int confidencePercent, double marginPercent, double expectedProportion) {
        double n0 = infinite(confidencePercent, marginPercent, expectedProportion);
        double n = population > 0 ? n0 / (1 + (n0 - 1) / population) : n0;
        return (long) Math.ceil(n - 1e-9);
    }

    private static void check(double marginPercent, double p) {
        if (!(marginPercent > 0 && marginPercent < 50)) {
            throw new IllegalArgumentException("margin must be between 0 and 50 points: " + marginPercent);
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("expected proportion must be between 0 and 1: " + p);
        }
    }
}
