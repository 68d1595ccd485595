package it.percorsi.content;

/** Library filters; a null field means "any". */
public record GuideFilter(GuideLevel level, GuideGroup group, String tag) {

    public static final GuideFilter ALL = new GuideFilter(null, null, null);

    public boolean matches(GuideCard card) {
        return (level == null || level == card.level()) && (group == null || group == card.group())
                && (tag == null || tag.isBlank() || card.tags().contains(tag));
    }
}
