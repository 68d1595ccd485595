package it.percorsi.content;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.Feedback;
import it.percorsi.content.internal.FeedbackRepository;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this useful?": one answer per reader and guide, which the reader can change; trainers
 * and administrators read the answers to improve the guides.
 */
@Service
public class GuideFeedbackService {

    private final ContentDocumentRepository documents;
    private final FeedbackRepository feedback;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    GuideFeedbackService(ContentDocumentRepository documents, FeedbackRepository feedback,
                         CurrentUserProvider currentUser, Clock clock) {
        this.documents = documents;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current user's answer for a guide, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GuideFeedback> mine(String slug) {
        return mine(ContentKind.GUIDE, slug);
    }

    /** The current user's answer for a guide, tool or FAQ, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GuideFeedback> mine(ContentKind kind, String slug) {
        Long userId = currentUser.require().id();
        return documents.findByKindAndSlug(kind, slug)
                .flatMap(d -> feedback.findByDocumentAndUserId(d, userId))
                .map(GuideFeedbackService::toRecord);
    }

    /** Saves or changes the current user's answer on a guide. useful is required; the comment is optional. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public GuideFeedback answer(String slug, Boolean useful, String comment) {
        return answer(ContentKind.GUIDE, slug, useful, comment);
    }

    /** Saves or changes the current user's answer on a published guide, tool or FAQ ("was this useful?"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public GuideFeedback answer(ContentKind kind, String slug, Boolean useful, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (useful == null) {
            errors.add("useful", "content.feedback.choose");
        }
        if (text != null && text.length() > GuideFeedback.COMMENT_MAX_LENGTH) {
            errors.add("comment", "content.feedback.tooLong");
        }
        it.percorsi.base.WellFormedText.check("comment", text, errors);
        errors.throwIfAny();
        ContentDocument document = documents.findByKindAndSlug(kind, slug)
                .filter(d -> d.getCurrent() != null)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
        Long userId = currentUser.require().id();
        Feedback entry = feedback.findByDocumentAndUserId(document, userId)
                .orElseGet(() -> new Feedback(document, userId, clock.instant()));
        entry.answer(useful, text, clock.instant());
        return toRecord(feedback.save(entry));
    }

    /** Every answer for a guide, newest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<GuideFeedback> forGuide(String slug) {
        return forDocument(ContentKind.GUIDE, slug);
    }

    /** Every answer for a guide, tool or FAQ, newest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<GuideFeedback> forDocument(ContentKind kind, String slug) {
        return documents.findByKindAndSlug(kind, slug)
                .map(d -> feedback.findByDocumentOrderByUpdatedAtDescIdDesc(d).stream()
                        .map(GuideFeedbackService::toRecord).toList())
                .orElse(List.of());
    }

    private static GuideFeedback toRecord(Feedback f) {
        return new GuideFeedback(f.isUseful(), f.getComment(), f.getUpdatedAt());
    }
}
