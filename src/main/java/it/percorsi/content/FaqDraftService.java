package it.percorsi.content;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.SiteChrome;
import it.percorsi.content.internal.FaqDraft;
import it.percorsi.content.internal.FaqDraftRepository;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge loop: help-desk staff propose a resolved ticket as a FAQ; the texts are anonymised
 * ({@link Anonymiser}) and wait for a trainer, who edits them and submits them to the authoring
 * workflow as a new FAQ in review (published like any other draft), or discards them. A published FAQ remembers its source ticket, shown to staff only.
 */
@Service
public class FaqDraftService {

    static final int SLUG_MAX = 80;

    private final FaqDraftRepository drafts;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final AuthoringService authoring;

    FaqDraftService(FaqDraftRepository drafts, CurrentUserProvider currentUser, Clock clock,
                    AuthoringService authoring) {
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.authoring = authoring;
    }

    /** Stores the anonymised proposal; a ticket proposed twice keeps its first draft. */
    @PreAuthorize("hasAnyRole('HELPDESK','ADMIN')")
    @Transactional
    public FaqDraftInfo propose(FaqProposal proposal) {
        Optional<FaqDraft> existing = drafts.findBySourceTicketId(proposal.ticketId());
        if (existing.isPresent()) {
            return info(existing.get());
        }
        String question = cut(Anonymiser.anonymise(proposal.subject(), proposal.people(), proposal.administrations()),
                ContentLimits.TITLE_MAX_LENGTH);
        String asked = cut(Anonymiser.anonymise(proposal.asked(), proposal.people(), proposal.administrations()), 20000);
        String answer = cut(Anonymiser.anonymise(proposal.answer(), proposal.people(), proposal.administrations()), 20000);
        return info(drafts.save(new FaqDraft(question, asked, answer, proposal.ticketId(), proposal.ticketNumber(),
                currentUser.require().id(), clock.instant())));
    }

    /** Drafts waiting for a trainer, oldest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<FaqDraftInfo> pending() {
        return drafts.findByStatusOrderByCreatedAtAscIdAsc(FaqDraft.Status.PENDING).stream()
                .map(FaqDraftService::info).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<FaqDraftInfo> draft(Long id) {
        return id == null ? Optional.empty() : drafts.findById(id).map(FaqDraftService::info);
    }

    /**
     * Hands the draft, as edited by the trainer, to the authoring workflow: a new FAQ's draft, already
     * submitted for review, which a trainer publishes like any other ({@link AuthoringService}).
     * Returns that draft (its slug names the FAQ to be). Field errors name the field; a draft changed
     * meanwhile is a conflict on "question".
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo submitForReview(Long id, long version, String question, String answer, FaqTopic topic) {
        FaqDraft draft = drafts.findById(id).orElseThrow(() -> new NoSuchElementException("No draft " + id));
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (draft.getVersion() != version || draft.getStatus() != FaqDraft.Status.PENDING) {
            errors.add("question", "content.draft.conflict");
        }
        String q = question == null ? "" : question.strip();
        String a = answer == null ? "" : answer.strip();
        if (q.isEmpty()) {
            errors.add("question", "validation.required");
        } else if (q.length() > ContentLimits.TITLE_MAX_LENGTH) {
            errors.add("question", "validation.tooLong");
        }
        if (a.isEmpty()) {
            errors.add("answer", "validation.required");
        } else if (a.length() > ContentLimits.BODY_MAX_LENGTH) {
            errors.add("answer", "validation.tooLong");
        }
        if (topic == null) {
            errors.add("topic", "validation.required");
        }
        errors.throwIfAny();
        String slug = uniqueSlug(q);
        DraftInfo created = authoring.create(ContentKind.FAQ, slug, new DraftContent(q, "", null, null, null, null, null,
                topic, List.of(), List.of(), List.of(), a));
        DraftInfo submitted = authoring.submit(created.id(), created.version());
        draft.submit(q, a, topic, slug, currentUser.require().id(), clock.instant());
        return submitted;
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public void discard(Long id, long version) {
        FaqDraft draft = drafts.findById(id).orElseThrow(() -> new NoSuchElementException("No draft " + id));
        if (draft.getVersion() != version || draft.getStatus() != FaqDraft.Status.PENDING) {
            new FieldErrors.Builder().add("question", "content.draft.conflict").throwIfAny();
        }
        draft.discard(currentUser.require().id(), clock.instant());
    }

    /**
     * The route of the ticket a published FAQ came from, for staff (help desk, trainers, ADMIN);
     * empty for referents and for FAQs that did not come from a ticket.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SourceTicket> sourceTicket(String faqSlug) {
        boolean staff = currentUser.get().map(u -> u.is(Role.HELPDESK) || u.is(Role.TRAINER) || u.is(Role.ADMIN))
                .orElse(false);
        if (!staff || faqSlug == null) {
            return Optional.empty();
        }
        return drafts.findFirstByPublishedSlug(faqSlug).map(d -> new SourceTicket(d.getSourceTicketNumber(),
                SiteChrome.TICKET_ROUTE + "/" + d.getSourceTicketId()));
    }

    /** The ticket a FAQ came from: its number and its page. */
    public record SourceTicket(String number, String route) {
    }

    private String uniqueSlug(String question) {
        String base = Normalizer.normalize(question, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > SLUG_MAX) {
            base = base.substring(0, SLUG_MAX).replaceAll("-+[^-]*$", "");
        }
        if (base.isEmpty()) {
            base = "faq";
        }
        String slug = base;
        for (int i = 2; authoring.slugProblem(ContentKind.FAQ, slug).isPresent(); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private static FaqDraftInfo info(FaqDraft d) {
        return new FaqDraftInfo(d.getId(), d.getQuestion(), d.getAsked(), d.getAnswer(), d.getTopic(), d.getStatus().name(),
                d.getSourceTicketId(), d.getSourceTicketNumber(), d.getCreatedAt(), d.getPublishedSlug(), d.getVersion());
    }
}
