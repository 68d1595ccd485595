package it.percorsi.toolbox;

/** A rating scale from {@code min} to {@code max}, e.g. the library's 1–6. */
public record RatingScale(int min, int max) {

    public RatingScale {
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException("not a rating scale: " + min + "-" + max);
        }
    }

    /** The two highest values: a "top-2-box" answer is one of them. */
    public int topTwoFrom() {
        return max - 1;
    }

    /** First value counted as a positive judgement: the upper half of an even scale. */
    public int positiveFrom() {
        return min + (max - min + 1) / 2;
    }

    public int points() {
        return max - min + 1;
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
