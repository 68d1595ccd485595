package it.percorsi.toolbox;

/**
 * How many people to invite and how many fieldwork days that takes: contacts = answers / response
 * rate, days = contacts / users who can be invited per day, both rounded up; and the step k when
 * inviting every k-th user over those days.
 */
public record FieldworkPlan(long answers, long contacts, long days, long step) {

    public static FieldworkPlan of(long answersNeeded, long dailyUsers, double responseRatePercent) {
        if (answersNeeded <= 0) {
            throw new IllegalArgumentException("answers needed must be positive");
        }
        if (dailyUsers <= 0) {
            throw new IllegalArgumentException("daily users must be positive");
        }
        if (!(responseRatePercent > 0 && responseRatePercent <= 100)) {
            throw new IllegalArgumentException("response rate must be between 0 and 100");
        }
        long contacts = (long) Math.ceil(answersNeeded * 100 / responseRatePercent - 1e-9);
        long days = (contacts + dailyUsers - 1) / dailyUsers;
        long step = Math.max(1, (days * dailyUsers) / contacts);
        return new FieldworkPlan(answersNeeded, contacts, days, step);
    }
}
